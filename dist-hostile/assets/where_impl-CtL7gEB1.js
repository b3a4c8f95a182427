import{S as e}from"./dist-DK9lqCwY.js";
/**
* @license
* Copyright 2018 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function t(t,n){let r=[];for(let e=0;e<n.length;e++)n[e]&&r.push(e);let i=e(t,`int32`),a=e([r.length,t.length],`int32`);for(let e=0;e<r.length;e++){let n=i.indexToLoc(r[e]),o=e*t.length;a.values.set(n,o)}return a.toTensor()}export{t};