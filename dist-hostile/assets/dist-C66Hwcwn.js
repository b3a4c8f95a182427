import{r as e,t}from"./rolldown-runtime-XKyaHtl9.js";import{$n as n,$r as r,$t as i,A as a,An as o,At as s,Bn as c,Br as l,Cn as u,Cr as d,Di as f,Dn as p,Dr as m,E as h,En as g,Er as _,Et as v,Fn as y,Fr as b,Ft as x,Gn as S,Gr as C,Hn as w,Hr as T,Ht as E,In as D,Ir as O,It as k,J as A,Jt as ee,Kr as j,L as te,Ln as M,Lr as N,Lt as P,Mn as ne,Mr as re,Mt as ie,N as ae,Nn as oe,Nr as F,Nt as I,Oi as se,On as ce,Or as le,Ot as ue,Pn as L,Pr as de,Pt as fe,Q as pe,Qn as R,Qr as me,Qt as he,Rn as ge,Rr as _e,Rt as ve,Sn as ye,Sr as be,St as xe,Tn as z,Tr as Se,Tt as Ce,Un as we,Ur as Te,Ut as Ee,Vn as De,Vr as Oe,Vt as ke,Wn as B,Wt as Ae,X as je,Xt as Me,Yn as Ne,Yr as V,Yt as Pe,Zn as Fe,Zt as Ie,_n as Le,_r as Re,_t as ze,an as Be,ar as Ve,at as He,bn as H,br as Ue,bt as We,ci as Ge,cn as Ke,cr as qe,ct as Je,dr as Ye,dt as Xe,en as Ze,er as Qe,fn as $e,fr as et,ft as tt,gn as nt,gr as rt,gt as it,hn as at,hr as ot,ht as st,in as ct,ir as lt,it as ut,jn as dt,jr as ft,jt as pt,kn as mt,kr as ht,kt as gt,lr as _t,lt as vt,mn as yt,mr as bt,mt as xt,nn as St,nr as Ct,nt as wt,on as Tt,or as Et,ot as Dt,p as Ot,pn as kt,pr as At,pt as jt,qr as Mt,qt as Nt,rn as Pt,rr as Ft,rt as It,si as Lt,sn as Rt,sr as zt,st as Bt,ti as U,tr as Vt,tt as Ht,un as Ut,ur as Wt,ut as Gt,vi as Kt,vn as qt,vr as Jt,vt as Yt,w as Xt,wn as Zt,wr as Qt,xi as W,xn as $t,xr as en,xt as tn,yn as nn,yr as rn,yt as an,zn as on,zr as sn}from"./dist-BVeIxVy3.js";import{$ as cn,At as ln,C as un,Ct as dn,D as fn,Dt as pn,E as mn,Et as hn,O as gn,Ot as _n,Q as vn,S as yn,St as bn,T as xn,Tt as Sn,Z as Cn,_ as wn,_t as Tn,b as En,bt as G,c as Dn,et as On,f as kn,ft as An,gt as jn,ht as Mn,i as Nn,jt as Pn,k as Fn,kt as In,l as Ln,lt as Rn,m as zn,mt as Bn,n as Vn,nt as Hn,pt as Un,r as Wn,s as Gn,t as Kn,tt as qn,ut as Jn,v as Yn,vt as Xn,w as Zn,wt as Qn,x as $n,xt as er,y as tr,yt as K}from"./Unique_impl-BOLAXbdS.js";
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
function nr(e,t,n){let r=te(e,n);return ae(e,t,r,n)}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
var q;(function(e){e[e.float32=0]=`float32`,e[e.int32=1]=`int32`,e[e.bool=2]=`bool`,e[e.string=3]=`string`,e[e.complex64=4]=`complex64`})(q||={});var rr;(function(e){e[e.linear=0]=`linear`,e[e.relu=1]=`relu`,e[e.relu6=2]=`relu6`,e[e.prelu=3]=`prelu`,e[e.leakyrelu=4]=`leakyrelu`,e[e.sigmoid=5]=`sigmoid`,e[e.elu=6]=`elu`})(rr||={});
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let ir;function ar(e){ir=e.wasm.cwrap(j,null,[`number`,`array`,`number`,`number`,`array`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function or(e){let{inputs:t,backend:n,attrs:r}=e,{a:i,b:a,bias:o,preluActivationWeights:s}=t;if(i.dtype!==`float32`||a.dtype!==`float32`)throw Error(`_FusedMatMul for non non-float32 tensors not yet supported.`);let{transposeA:c,transposeB:l,activation:u,leakyreluAlpha:d}=r,f=n.dataIdMap.get(i.dataId).id,p=n.dataIdMap.get(a.dataId).id,m=0;if(o!=null){let e=n.dataIdMap.get(o.dataId);if(e.shape.length!==1)throw Error(`_FusedMatMul only supports rank-1 bias but got rank ${e.shape.length}.`);m=e.id}let h=s==null?0:n.dataIdMap.get(s.dataId).id,g=rr[u];if(g==null)throw Error(`${u} activation not yet supported for FusedConv2D in the wasm backend.`);let _=c?i.shape[2]:i.shape[1],v=l?a.shape[1]:a.shape[2],y=Ot(i.shape.slice(0,-2),a.shape.slice(0,-2)),b=n.makeOutput([...y,_,v],i.dtype),x=n.dataIdMap.get(b.dataId).id,S=new Uint8Array(new Int32Array(i.shape).buffer),C=new Uint8Array(new Int32Array(a.shape).buffer);return ir(f,S,i.shape.length,p,C,a.shape.length,c,l,g,m,h,d||0,x),b}const sr={kernelName:j,backendName:`wasm`,setupFunc:ar,kernelFunc:or};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function J(e,t){let n;function r(t){n=t.wasm.cwrap(e,null,[`number`,`number`,`number`])}function i(e){let{backend:r,inputs:{x:i}}=e,a=r.dataIdMap.get(i.dataId).id,o=r.makeOutput(i.shape,t||i.dtype),s=r.dataIdMap.get(o.dataId).id;return W(o.shape)===0||n(a,q[i.dtype],s),o}return{kernelName:e,backendName:`wasm`,setupFunc:r,kernelFunc:i}}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
const cr=J(`Abs`),lr=J(Ht),ur=J(wt)
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function Y(e,t,n){let r;function i(t){r=t.wasm.cwrap(e,null,[`number`,`array`,`number`,`number`,`array`,`number`,`number`,`number`])}function a(e){let{backend:t,inputs:i}=e,{a,b:o}=i,s=t.dataIdMap.get(a.dataId).id,c=t.dataIdMap.get(o.dataId).id,l=n??a.dtype,u=Ot(a.shape,o.shape),d=t.makeOutput(u,l);if(W(u)===0)return d;let f=new Uint8Array(new Int32Array(a.shape).buffer),p=new Uint8Array(new Int32Array(o.shape).buffer),m=t.dataIdMap.get(d.dataId).id;return r(s,f,a.shape.length,c,p,o.shape.length,q[a.dtype],m),d}return{kernelName:e,backendName:`wasm`,setupFunc:i,kernelFunc:a}}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
const dr=Y(`Add`,!0);
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let fr;function pr(e){fr=e.wasm.cwrap(It,null,[`array`,`number`,`number`,`number`])}function mr(e){let{inputs:t,backend:n}=e,r=n.makeOutput(t[0].shape,t[0].dtype);if(W(r.shape)===0)return r;let i=t.map(e=>n.dataIdMap.get(e.dataId).id),a=new Uint8Array(new Int32Array(i).buffer),o=n.dataIdMap.get(r.dataId).id;return fr(a,i.length,q[r.dtype],o),r}const hr={kernelName:It,backendName:`wasm`,setupFunc:pr,kernelFunc:mr};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function X(e){let{inputs:{x:t},backend:n}=e;if(t.dtype===`string`)return nr(n.readSync(t.dataId),t.shape,t.dtype);let r=n.makeOutput(t.shape,t.dtype),i=n.typedArrayFromHeap(t);return n.typedArrayFromHeap(r).set(i),r}const gr={kernelName:Ut,backendName:`wasm`,kernelFunc:X};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let _r;function vr(e){_r=e.wasm.cwrap(Oe,null,[`number`,`array`,`number`,`number`,`number`,`array`,`number`])}function Z(e){let{inputs:t,backend:n,attrs:r}=e,[i,a]=br(t.x.shape,r.perm),o=!0;for(let e=0;e<a.length;e++)a[e]!==e&&(o=!1);let s=yr(t.x.shape,r.perm),c={dataId:t.x.dataId,shape:i,dtype:t.x.dtype};if(o){let e=X({inputs:t,backend:n});return e.shape=s,e}let l=n.makeOutput(s,c.dtype),u=n.dataIdMap.get(c.dataId).id,d=n.dataIdMap.get(l.dataId).id,f=new Uint8Array(new Int32Array(a).buffer),p=new Uint8Array(new Int32Array(c.shape).buffer);return _r(u,p,c.shape.length,q[c.dtype],d,f,a.length),l}function yr(e,t){let n=Array(e.length);for(let r=0;r<n.length;r++)n[r]=e[t[r]];return n}function br(e,t){let n=[],r=[];for(let i=0;i<e.length;++i)e[i]!==1&&n.push(e[i]),e[t[i]]!==1&&r.push(t[i]);for(let e=0;e<r.length;++e){let t=-1;for(let n=0;n<r.length;++n)r[n]>=e&&(t===-1||r[t]>r[n])&&(t=n);r[t]=e}return[n,r]}const xr={kernelName:Oe,backendName:`wasm`,kernelFunc:Z,setupFunc:vr};
/**
* @license
* Copyright 2020 Google Inc. All Rights Reserved.
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
function Sr(e,t,n){let r=e.shape,i=e.shape.length,a=Kt(t,r),o=a,s=bn(o,i),c=null,l=!1;if(s!=null){let t=Array(i);for(let e=0;e<t.length;e++)t[e]=r[s[e]];o=dn(o.length,i),c=Z({inputs:{x:e},attrs:{perm:s},backend:n});let a=n.dataIdMap.get(e.dataId).id;n.dataIdMap.get(c.dataId).id!==a&&(l=!0)}return{transposed:c,originalAxes:a,axes:o,inputWasTransposed:l}}
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let Cr;function wr(e){Cr=e.wasm.cwrap(`All`,null,[`number, number, number`])}function Tr(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=o,{transposed:l,axes:u,originalAxes:d,inputWasTransposed:f}=Sr(o,i,t);if(f){let e=t.dataIdMap.get(l.dataId).id;c=l,s=e}let p=c.shape.length;K(`all`,u,p);let[m,h]=G(c.shape,u),g=W(h),_=t.makeOutput(m,o.dtype);if(W(c.shape)!==0){let e=t.dataIdMap.get(_.dataId).id;Cr(s,g,e)}return f&&t.disposeData(l.dataId),a&&(_.shape=er(_.shape,d)),_}const Er={kernelName:`All`,backendName:`wasm`,setupFunc:wr,kernelFunc:Tr};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let Dr;function Or(e){Dr=e.wasm.cwrap(`Any`,null,[`number, number, number`])}function kr(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=o,{transposed:l,axes:u,originalAxes:d,inputWasTransposed:f}=Sr(o,i,t);if(f){let e=t.dataIdMap.get(l.dataId).id;c=l,s=e}let p=c.shape.length;K(`any`,u,p);let[m,h]=G(c.shape,u),g=W(h),_=t.makeOutput(m,o.dtype);if(W(c.shape)!==0){let e=t.dataIdMap.get(_.dataId).id;Dr(s,g,e)}return f&&t.disposeData(l.dataId),a&&(_.shape=er(_.shape,d)),_}const Ar={kernelName:`Any`,backendName:`wasm`,setupFunc:Or,kernelFunc:kr};
/**
* @license
* Copyright 2023 Google LLC.
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
function jr(e){let t;function n(n){t=n.wasm.cwrap(e,null,[`number`,`number`,`number`,`number`,`number`])}function r(e){let{backend:n,inputs:r,attrs:i}=e,{axis:a}=i,{x:o}=r,s=n.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,inputWasTransposed:f}=Sr(o,a,n);if(f){let e=n.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e)}let p=l.shape.slice(0,-1),m=n.makeOutput(p,`int32`),h=n.dataIdMap.get(m.dataId).id,g=W(m.shape),_=l.shape[d[0]];return t(c,q[l.dtype],g,_,h),f&&n.disposeData(u.dataId),m}return{kernelName:e,backendName:`wasm`,setupFunc:n,kernelFunc:r}}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
const Mr=jr(ut),Nr=jr(He),Pr=J(Dt),Fr=J(Bt),Ir=J(Je),Lr=Y(vt,!1),Rr=J(Gt)
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let zr;function Br(e){zr=e.wasm.cwrap(Xe,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Vr(e){let{inputs:t,attrs:n,backend:r}=e,i=t.x,a=r.dataIdMap.get(i.dataId).id,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=n,u=_n(i.shape,o,s,1,c,l),d=u.filterHeight,f=u.filterWidth,p=u.padInfo.top,m=u.padInfo.right,h=u.padInfo.bottom,g=u.padInfo.left,_=u.strideHeight,v=u.strideWidth,y=u.inChannels;if(u.dataFormat!==`channelsLast`)throw Error(`wasm backend does not support dataFormat:'${u.dataFormat}'. Please use 'channelsLast'.`);if(u.dilationWidth!==1||u.dilationHeight!==1)throw Error(`was backend only supports average pooling with dilation = [1, 1], got [${u.dilationHeight}, ${u.dilationWidth}].`);let b=r.makeOutput(u.outShape,`float32`),x=r.dataIdMap.get(b.dataId).id;return zr(a,i.shape[0],i.shape[1],i.shape[2],d,f,p,m,h,g,_,v,y,x),b}const Hr={kernelName:Xe,backendName:`wasm`,setupFunc:Br,kernelFunc:Vr};
/**
* @license
* Copyright 2023 Google LLC.
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
let Ur;function Wr(e){Ur=e.wasm.cwrap(`AvgPool3D`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Gr(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{filterSize:a,strides:o,pad:s,dimRoundingMode:c,dataFormat:l}=r,u=In(i.shape,a,o,1,s,c,l),d=n.makeOutput(u.outShape,i.dtype);return Ur(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left),d}const Kr={kernelName:tt,backendName:`wasm`,setupFunc:Wr,kernelFunc:Gr};
/**
* @license
* Copyright 2023 Google LLC.
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
let qr;function Jr(e){qr=e.wasm.cwrap(`AvgPool3DGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Yr(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r,u=In(a.shape,o,s,1,c,l),d=n.makeOutput(a.shape,a.dtype);return qr(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left,u.filterDepth,u.filterHeight,u.filterWidth),d}const Xr={kernelName:jt,backendName:`wasm`,setupFunc:Jr,kernelFunc:Yr};
/**
* @license
* Copyright 2023 Google LLC.
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
let Zr;function Qr(e){Zr=e.wasm.cwrap(`AvgPoolGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function $r(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c}=r,l=_n(a.shape,o,s,1,c),u=n.makeOutput(a.shape,a.dtype);return Zr(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.top,l.padInfo.left,l.filterHeight,l.filterWidth),u}const ei={kernelName:xt,backendName:`wasm`,setupFunc:Qr,kernelFunc:$r};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function Q(e){let{inputs:t,attrs:n}=e,{x:r}=t,{shape:i}=n,a=W(r.shape),o=Ge(i,a);return V(a===W(o),()=>`new shape: ${o}, old shape: ${r.shape}. New shape and old shape must have the same number of elements.`),e.backend.incRef(r.dataId),{dataId:r.dataId,shape:o,dtype:r.dtype}}const ti={kernelName:Vt,backendName:`wasm`,kernelFunc:Q};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let ni;function ri(e){ni=e.wasm.cwrap(st,null,[`number`,`array`,`number`,`number`,`array`,`number`,`number`,`number`,`number`])}function ii(e){let{inputs:t,backend:n,attrs:r}=e,{a:i,b:a}=t,{transposeA:o,transposeB:s}=r;if(i.dtype!==`float32`||a.dtype!==`float32`)throw Error(`BatchMatMul for non non-float32 tensors not yet supported.`);let c=i.shape.length,l=a.shape.length,u=o?i.shape[c-2]:i.shape[c-1],d=s?a.shape[l-1]:a.shape[l-2],f=o?i.shape[c-1]:i.shape[c-2],p=s?a.shape[l-2]:a.shape[l-1],m=i.shape.slice(0,-2),h=a.shape.slice(0,-2),g=W(m),_=W(h),v=Ot(i.shape.slice(0,-2),a.shape.slice(0,-2)).concat([f,p]);V(u===d,()=>`Error in matMul: inner shapes (${u}) and (${d}) of Tensors with shapes ${i.shape} and ${a.shape} and transposeA=${o} and transposeB=${s} must match.`);let y=o?[g,u,f]:[g,f,u],b=s?[_,p,d]:[_,d,p],x=Q({inputs:{x:i},backend:n,attrs:{shape:y}}),S=Q({inputs:{x:a},backend:n,attrs:{shape:b}}),C=n.dataIdMap.get(x.dataId).id,w=n.dataIdMap.get(S.dataId).id,T=o?x.shape[2]:x.shape[1],E=s?S.shape[1]:S.shape[2],D=Math.max(g,_),O=n.makeOutput([D,T,E],x.dtype),k=n.dataIdMap.get(O.dataId).id,A=new Uint8Array(new Int32Array(x.shape).buffer),ee=new Uint8Array(new Int32Array(S.shape).buffer);return ni(C,A,x.shape.length,w,ee,S.shape.length,o,s,k),n.disposeData(x.dataId),n.disposeData(S.dataId),O.shape=v,O}const ai={kernelName:st,backendName:`wasm`,setupFunc:ri,kernelFunc:ii};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function oi(e){let{inputs:{x:t},attrs:{begin:n,size:r},backend:i}=e,[a,o]=Mn(t,n,r),s=Bn(t.shape,a,o),c=i.readSync(t.dataId),l=i.makeOutput(o,t.dtype),u=U(t.shape),d=i.dataIdMap.get(l.dataId);if(s){let e=An(a,u);return t.dtype===`string`?d.stringBytes=c.slice(e,e+W(o)):i.typedArrayFromHeap(l).set(c.subarray(e,e+W(o))),l}if(t.dtype===`string`)return d.stringBytes=Gn(c,a,o,t.shape,t.dtype),l;let f=i.typedArrayFromHeap(l),p=t.shape.length;if(p===2)si(c,u[0],f,a,o);else if(p===3)ci(c,u[0],u[1],f,a,o);else if(p===4)li(c,u[0],u[1],u[2],f,a,o);else{let e=Gn(c,a,o,t.shape,t.dtype);f.set(e)}return l}function si(e,t,n,r,i){let a=0,o=r[0],s=r[1],c=o+i[0];for(let r=o;r<c;r++){let o=r*t+s;n.set(e.subarray(o,o+i[1]),a),a+=i[1]}}function ci(e,t,n,r,i,a){let o=0,s=i[0],c=i[1],l=i[2],u=s+a[0],d=c+a[1];for(let i=s;i<u;i++)for(let s=c;s<d;s++){let c=i*t+s*n+l;r.set(e.subarray(c,c+a[2]),o),o+=a[2]}}function li(e,t,n,r,i,a,o){let s=0,c=a[0],l=a[1],u=a[2],d=c+o[0],f=l+o[1],p=u+o[2],m=a[3];for(let a=c;a<d;a++)for(let c=l;c<f;c++)for(let l=u;l<p;l++){let u=a*t+c*n+l*r+m;i.set(e.subarray(u,u+o[3]),s),s+=o[3]}}const ui={kernelName:Re,backendName:`wasm`,kernelFunc:oi};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
function di(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{blockShape:a,crops:o}=r,s=a.reduce((e,t)=>e*t),c=vn(i.shape,a,s),l=Cn(c.length,a.length),u=cn(i.shape,a,s),d=On(o,a.length),f=qn(u,o,a.length),p=Q({inputs:{x:i},backend:n,attrs:{shape:c}}),m=Z({inputs:{x:p},backend:n,attrs:{perm:l}}),h=Q({inputs:{x:m},backend:n,attrs:{shape:u}}),g=oi({inputs:{x:h},backend:n,attrs:{begin:d,size:f}});return n.disposeData(p.dataId),n.disposeData(m.dataId),n.disposeData(h.dataId),g}const fi={kernelName:it,backendName:`wasm`,kernelFunc:di};
/**
* @license
* Copyright 2023 Google LLC.
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
let pi;function mi(e){pi=e.wasm.cwrap(ze,null,[`number`,`number`,`boolean`,`number`,`number`,`number`])}function hi(e){let{backend:t,inputs:n,attrs:r}=e,{x:i,weights:a}=n,{size:o}=r,s=a.shape.reduce((e,t)=>e*t,1)!==0,c=i.shape.length===1?[o]:[i.shape[0],o],l=t.makeOutput(c,a.dtype);function u(e){return t.dataIdMap.get(e.dataId).id}return pi(u(i),o,s,u(a),q[a.dtype],u(l)),l}const gi={kernelName:ze,backendName:`wasm`,setupFunc:mi,kernelFunc:hi},_i=Y(Yt,!0)
/**
* @license
* Copyright 2023 Google LLC.
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
;
/**
* @license
* Copyright 2023 Google LLC.
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
function vi(e){let{inputs:t,backend:n}=e,{s0:r,s1:i}=t,a=n.typedArrayFromHeap(r),o=n.typedArrayFromHeap(i),s=Ot(Array.from(a),Array.from(o));return n.makeOutput([s.length],`int32`,void 0,new Int32Array(s))}const yi={kernelName:an,backendName:`wasm`,kernelFunc:vi};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function $(e){let{inputs:{x:t},attrs:{dtype:n},backend:r}=e,i=r.makeOutput(t.shape,n),a=r.typedArrayFromHeap(t);return r.typedArrayFromHeap(i).set(a),i}const bi={kernelName:We,backendName:`wasm`,kernelFunc:$},xi=J(tn)
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Si;function Ci(e){Si=e.wasm.cwrap(xe,null,[`number`,`number`,`number`,`number`])}function wi(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{clipValueMin:a,clipValueMax:o}=r,s=n.dataIdMap.get(i.dataId).id,c=n.makeOutput(i.shape,i.dtype),l=n.dataIdMap.get(c.dataId).id;return Si(s,a,o,l),c}const Ti={kernelName:xe,backendName:`wasm`,setupFunc:Ci,kernelFunc:wi};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function Ei(e){let{inputs:t,backend:n}=e,r=Kt(e.attrs.axis,t[0].shape)[0],i=t.map(e=>e.shape);Rn(i,r);let a=Jn(t.map(e=>e.shape),r),o=t.filter(e=>W(e.shape)>0);if(o.length===1)return X({inputs:{x:o[0]},backend:n});let s=n.makeOutput(a,t[0].dtype);if(W(a)===0)return s;if(o[0].dtype===`string`){let e=o.map(e=>{let t=[-1,W(e.shape.slice(r))];return Q({inputs:{x:e},backend:n,attrs:{shape:t}})}),i=e.map(e=>({vals:n.readSync(e.dataId),shape:e.shape}));a=Jn(e.map(e=>e.shape),1);let c=e[0].shape[0]===1,l=Ln(i,a,t[0].dtype,c);s.shape=Jn(o.map(e=>e.shape),r);let u=n.dataIdMap.get(s.dataId);return u.stringBytes=kn(l),e.forEach(e=>n.disposeData(e.dataId)),s}let c=W(o[0].shape.slice(0,r)),l=0,u=o.map(e=>{let t=W(e.shape.slice(r));return l+=t,t}),d=o.map(e=>n.typedArrayFromHeap(e)),f=n.typedArrayFromHeap(s);for(let e=0;e<c;e++){let t=e*l;for(let n=0;n<d.length;n++){let r=u[n],i=e*r,a=d[n].subarray(i,i+r);f.set(a,t),t+=r}}return s}const Di={kernelName:Ce,backendName:`wasm`,kernelFunc:Ei};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Oi;function ki(e){Oi=e.wasm.cwrap(v,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ai(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a}=t,o=r.dataIdMap.get(i.dataId).id,s=r.dataIdMap.get(a.dataId).id,{strides:c,dilations:l,pad:u,dimRoundingMode:d,dataFormat:f}=n,p=ln(f),m=Sn(i.shape,a.shape,c,l,u,d,!1,p),h=m.filterHeight,g=m.filterWidth,_=m.padInfo.top,v=m.padInfo.right,y=m.padInfo.bottom,b=m.padInfo.left,x=m.dilationHeight,S=m.dilationWidth,C=m.strideHeight,w=m.strideWidth,T=m.inChannels,E=m.outChannels,D=+(m.padInfo.type===`SAME`);if(m.dataFormat!==`channelsLast`)throw Error(`wasm backend Conv2D does not support dataFormat:'${m.dataFormat}'. Please use 'channelsLast'.`);let O=r.makeOutput(m.outShape,`float32`),k=r.dataIdMap.get(O.dataId).id;return Oi(o,i.shape[0],i.shape[1],i.shape[2],s,h,g,_,v,y,b,D,x,S,C,w,T,E,k),O}const ji={kernelName:v,backendName:`wasm`,setupFunc:ki,kernelFunc:Ai};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let Mi;function Ni(e){Mi=e.wasm.cwrap(ue,null,/* @__PURE__ */ `number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number`.split(`.`))}function Pi(e){let{backend:t,inputs:n,attrs:r}=e,{dy:i,filter:a}=n,{strides:o,pad:s,dataFormat:c,dimRoundingMode:l,inputShape:u}=r,d=ln(c),f=Sn(u,a.shape,o,1,s,l,!1,d),{batchSize:p,filterHeight:m,filterWidth:h,inChannels:g,inHeight:_,inWidth:v,outChannels:y,outHeight:b,outWidth:x,strideHeight:S,strideWidth:C}=f,w=m-1-f.padInfo.top,T=h-1-f.padInfo.left,E=f.dataFormat===`channelsLast`,D=U(f.inShape),O=U(i.shape),[k,A,ee]=U(a.shape),j=D[0],te=E?D[1]:D[2],M=E?D[2]:1,N=E?1:D[1],P=O[0],ne=E?O[1]:O[2],re=E?O[2]:1,ie=E?1:O[1],ae=t.makeOutput(f.inShape,`float32`),oe=t.dataIdMap.get(ae.dataId).id,F=t.dataIdMap.get(i.dataId).id,I=t.dataIdMap.get(a.dataId).id;return Mi(F,I,p,m,h,_,v,g,b,x,y,S,C,w,T,k,A,ee,j,te,M,N,P,ne,re,ie,oe),ae}const Fi={kernelName:ue,backendName:`wasm`,setupFunc:Ni,kernelFunc:Pi};
/**
* @license
* Copyright 2023 Google LLC.
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
let Ii;function Li(e){Ii=e.wasm.cwrap(gt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ri(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a}=t,{strides:o,pad:s,dilations:c}=r;if(i.dtype!==`float32`)throw Error(`Tensor x must have dtype float32, got ${i.dtype}`);if(a.dtype!==`float32`)throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);let l=hn(i.shape,a.shape,o,c,s),u=n.makeOutput(l.outShape,i.dtype);return Ii(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inDepth,l.inHeight,l.inWidth,l.inChannels,l.outDepth,l.outHeight,l.outWidth,l.outChannels,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.filterDepth,l.filterHeight,l.filterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),u}const zi={kernelName:gt,backendName:`wasm`,setupFunc:Li,kernelFunc:Ri};
/**
* @license
* Copyright 2023 Google LLC.
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
let Bi;function Vi(e){Bi=e.wasm.cwrap(s,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Hi(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,dy:a}=t,{strides:o,pad:s,filterShape:c}=r;if(i.dtype!==`float32`)throw Error(`Tensor dy must have dtype float32, got ${i.dtype}`);if(a.dtype!==`float32`)throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);let l=hn(i.shape,c,o,1,s),u=n.makeOutput(l.filterShape,a.dtype);return Bi(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inDepth,l.inHeight,l.inWidth,l.inChannels,l.outDepth,l.outHeight,l.outWidth,l.outChannels,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.filterDepth,l.filterHeight,l.filterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),u}const Ui={kernelName:s,backendName:`wasm`,setupFunc:Vi,kernelFunc:Hi};
/**
* @license
* Copyright 2023 Google LLC.
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
let Wi;function Gi(e){Wi=e.wasm.cwrap(pt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ki(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,filter:a}=t,{pad:o,strides:s,inputShape:c}=r;if(i.dtype!==`float32`)throw Error(`Tensor dy must have dtype float32, got ${i.dtype}`);if(a.dtype!==`float32`)throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);let l=hn(c,a.shape,s,1,o),u=n.makeOutput(l.inShape,i.dtype);return Wi(n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inDepth,l.inHeight,l.inWidth,l.inChannels,l.outDepth,l.outHeight,l.outWidth,l.outChannels,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.filterDepth,l.filterHeight,l.filterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),u}const qi={kernelName:pt,backendName:`wasm`,setupFunc:Gi,kernelFunc:Ki},Ji=J(`Cos`),Yi=J(ie)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
var Xi;(function(e){e[e.bilinear=0]=`bilinear`,e[e.nearest=1]=`nearest`})(Xi||={});let Zi;function Qi(e){Zi=e.wasm.cwrap(I,null,[`number`,`number`,`number`,`number`,`array`,`number`,`number`,`number`,`number`,`number`])}function $i(e){let{backend:t,inputs:n,attrs:r}=e,{method:i,extrapolationValue:a,cropSize:o}=r,{image:s,boxes:c,boxInd:l}=n,u=c.shape[0],[d,f]=o,p=[u,d,f,s.shape[3]],m=t.dataIdMap.get(s.dataId),h;s.dtype!==`float32`&&(h=$({backend:t,inputs:{x:s},attrs:{dtype:`float32`}}),m=t.dataIdMap.get(h.dataId));let g=m.id,_=t.dataIdMap.get(c.dataId).id,v=t.dataIdMap.get(l.dataId).id,y=t.makeOutput(p,`float32`),b=t.dataIdMap.get(y.dataId).id,x=new Uint8Array(new Int32Array(s.shape).buffer);return Zi(g,_,v,u,x,d,f,Xi[i],a,b),h!=null&&t.disposeData(h.dataId),y}const ea={kernelName:I,backendName:`wasm`,setupFunc:Qi,kernelFunc:$i};
/**
* @license
* Copyright 2022 Google LLC. All Rights Reserved.
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
let ta;function na(e){ta=e.wasm.cwrap(fe,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function ra(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a,exclusive:o,reverse:s}=r,c=i.shape.length;V(i.dtype===`float32`||i.dtype===`int32`,()=>`cumprod does not support ${i.dtype} tensors in the WASM backend`);let l=bn([a],c),u=i;l!==null&&(u=Z({inputs:{x:i},attrs:{perm:l},backend:n}));let d=dn(1,c)[0];K(`cumprod`,[d],c);let f=n.makeOutput(u.shape,u.dtype),p=u.shape[d],m=n.dataIdMap.get(u.dataId).id,h=n.dataIdMap.get(f.dataId).id;ta(m,+!!o,+!!s,p,h,q[i.dtype]);let g=f;if(l!==null){let e=Qn(l);g=Z({inputs:{x:f},attrs:{perm:e},backend:n}),n.disposeData(u.dataId),n.disposeData(f.dataId)}return g}const ia={kernelName:fe,backendName:`wasm`,setupFunc:na,kernelFunc:ra};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let aa;function oa(e){aa=e.wasm.cwrap(x,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function sa(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a,exclusive:o,reverse:s}=r,c=i.shape.length;V(i.dtype===`float32`||i.dtype===`int32`,()=>`cumsum does not support ${i.dtype} tensors in the WASM backend`);let l=bn([a],c),u=i;l!==null&&(u=Z({inputs:{x:i},attrs:{perm:l},backend:n}));let d=dn(1,c)[0];K(`cumsum`,[d],c);let f=n.makeOutput(u.shape,u.dtype),p=u.shape[d],m=n.dataIdMap.get(u.dataId).id,h=n.dataIdMap.get(f.dataId).id;aa(m,+!!o,+!!s,p,h,q[i.dtype]);let g=f;if(l!==null){let e=Qn(l);g=Z({inputs:{x:f},attrs:{perm:e},backend:n}),n.disposeData(u.dataId),n.disposeData(f.dataId)}return g}const ca={kernelName:x,backendName:`wasm`,setupFunc:oa,kernelFunc:sa};
/**
* @license
* Copyright 2023 Google LLC.
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
let la;function ua(e){la=e.wasm.cwrap(`DenseBincount`,null,[`number`,`array`,`number`,`number`,`boolean`,`number`,`number`,`boolean`,`number`])}function da(e){let{backend:t,inputs:n,attrs:r}=e,{x:i,weights:a}=n,{size:o,binaryOutput:s}=r,c=a.shape.reduce((e,t)=>e*t,1)!==0,l=i.shape.length===1?[o]:[i.shape[0],o],u=t.makeOutput(l,a.dtype);function d(e){return t.dataIdMap.get(e.dataId).id}return la(d(i),new Uint8Array(new Int32Array(i.shape).buffer),i.shape.length,o,c,d(a),q[a.dtype],s,d(u)),u}const fa={kernelName:k,backendName:`wasm`,setupFunc:ua,kernelFunc:da};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let pa;function ma(e){pa=e.wasm.cwrap(P,null,[`number`,`number`,`number`,`array`,`number`,`array`,`array`,`number`,`number`])}function ha(e){let{backend:t,inputs:n,attrs:r}=e,{x:i}=n,{blockSize:a,dataFormat:o}=r,s=i.shape[0],c=o===`NHWC`?i.shape[1]:i.shape[2],l=o===`NHWC`?i.shape[2]:i.shape[3],u=o===`NHWC`?i.shape[3]:i.shape[1],d=c*a,f=l*a,p=u/(a*a),m=o===`NHWC`?[s,d,f,p]:[s,p,d,f],h=t.makeOutput(m,`float32`),g=t.dataIdMap.get(i.dataId).id,_=new Uint8Array(new Int32Array(U(i.shape)).buffer),v=new Uint8Array(new Int32Array(m).buffer),y=new Uint8Array(new Int32Array(U(m)).buffer),b=t.dataIdMap.get(h.dataId).id;return pa(g,a,+(o===`NHWC`),_,i.shape.length-1,v,y,m.length,b),h}const ga={kernelName:P,backendName:`wasm`,setupFunc:ma,kernelFunc:ha};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let _a;function va(e){_a=e.wasm.cwrap(ve,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ya(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a}=t,o=r.dataIdMap.get(i.dataId).id,s=r.dataIdMap.get(a.dataId).id,{strides:c,dilations:l,pad:u,dimRoundingMode:d}=n,f=l??[1,1],p=Sn(i.shape,a.shape,c,f,u,d,!0),m=p.filterHeight,h=p.filterWidth,g=p.padInfo.top,_=p.padInfo.right,v=p.padInfo.bottom,y=p.padInfo.left,b=p.dilationHeight,x=p.dilationWidth,S=p.strideHeight,C=p.strideWidth,w=p.inChannels,T=p.outChannels,E=+(p.padInfo.type===`SAME`);if(p.dataFormat!==`channelsLast`)throw Error(`wasm backend DepthwiseConv2dNative does not support dataFormat:'${p.dataFormat}'. Please use 'channelsLast'.`);let D=r.makeOutput(p.outShape,`float32`),O=r.dataIdMap.get(D.dataId).id;return _a(o,i.shape[0],i.shape[1],i.shape[2],s,m,h,g,_,v,y,E,b,x,S,C,w,T,O),D}const ba={kernelName:ve,backendName:`wasm`,setupFunc:va,kernelFunc:ya};
/**
* @license
* Copyright 2023 Google LLC.
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
let xa;function Sa(e){xa=e.wasm.cwrap(`Diag`,null,[`number`,`number`,`number`,`number`])}function Ca(e){let{inputs:t,backend:n}=e,{x:r}=t,i=W(r.shape),a=n.makeOutput([...r.shape,...r.shape],r.dtype);return xa(n.dataIdMap.get(r.dataId).id,q[r.dtype],i,n.dataIdMap.get(a.dataId).id),a}const wa={kernelName:ke,backendName:`wasm`,setupFunc:Sa,kernelFunc:Ca};
/**
* @license
* Copyright 2023 Google LLC.
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
let Ta;function Ea(e){Ta=e.wasm.cwrap(E,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Da(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a}=t,{strides:o,pad:s,dilations:c}=r;if(i.dtype!==a.dtype)throw Error(`Dilation2D error: x must have the same dtype as filter. Got ${i.dtype} and ${a.dtype}`);let l=pn(i.shape,a.shape,o,s,`NHWC`,c),u=n.makeOutput(l.outShape,i.dtype);return Ta(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(u.dataId).id,q[i.dtype],l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.filterHeight,l.filterWidth,l.padInfo.top,l.padInfo.left),u}const Oa={kernelName:E,backendName:`wasm`,setupFunc:Ea,kernelFunc:Da};
/**
* @license
* Copyright 2023 Google LLC.
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
let ka;function Aa(e){ka=e.wasm.cwrap(Ee,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ja(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a,dy:o}=t,{strides:s,pad:c,dilations:l}=r;if(i.dtype!==a.dtype||i.dtype!==o.dtype)throw Error(`Dilation2DBackpropFilter error: x must have the same dtype as filter and dy. Got ${i.dtype}, ${a.dtype}, and ${o.dtype}`);let u=pn(i.shape,a.shape,s,c,`NHWC`,l),d=n.makeOutput(a.shape,a.dtype);return ka(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(o.dataId).id,n.dataIdMap.get(d.dataId).id,q[i.dtype],u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.filterHeight,u.filterWidth,u.padInfo.top,u.padInfo.left),d}const Ma={kernelName:Ee,backendName:`wasm`,setupFunc:Aa,kernelFunc:ja};
/**
* @license
* Copyright 2023 Google LLC.
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
let Na;function Pa(e){Na=e.wasm.cwrap(Ae,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Fa(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a,dy:o}=t,{strides:s,pad:c,dilations:l}=r;if(i.dtype!==a.dtype||i.dtype!==o.dtype)throw Error(`Dilation2DBackpropInput error: x must have the same dtype as filter and dy. Got ${i.dtype}, ${a.dtype}, and ${o.dtype}`);let u=pn(i.shape,a.shape,s,c,`NHWC`,l),d=n.makeOutput(i.shape,i.dtype);return Na(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(o.dataId).id,n.dataIdMap.get(d.dataId).id,q[i.dtype],u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.filterHeight,u.filterWidth,u.padInfo.top,u.padInfo.left),d}const Ia={kernelName:Ae,backendName:`wasm`,setupFunc:Pa,kernelFunc:Fa},La=J(`Elu`)
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2023 Google LLC.
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
let Ra;function za(e){Ra=e.wasm.cwrap(Nt,null,[`number`,`number`,`number`])}function Ba(e){let{inputs:t,backend:n}=e,{dy:r,y:i}=t,a=n.makeOutput(i.shape,`float32`),o=e=>n.dataIdMap.get(e.dataId).id;return Ra(o(i),o(r),o(a)),a}const Va={kernelName:Nt,backendName:`wasm`,setupFunc:za,kernelFunc:Ba},Ha=Y(ee,!1,`bool`),Ua=J(`Erf`),Wa=J(`Exp`,`float32`)
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function Ga(e){let{inputs:t,attrs:n,backend:r}=e,{input:i}=t,{dim:a}=n,o=i.shape.length,s=i.shape.slice(),c=a;return a<0&&(V(-(o+1)<=a,()=>`Axis must be in the interval [${-(o+1)}, ${o}]`),c=o+a+1),s.splice(c,0,1),Q({inputs:{x:i},backend:r,attrs:{shape:s}})}const Ka={kernelName:Pe,backendName:`wasm`,kernelFunc:Ga},qa=J(Me,`float32`)
/**
* @license
* Copyright 2023 Google LLC.
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
;
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function Ja(e){let{attrs:{shape:t,value:n},backend:r}=e,{attrs:{dtype:i}}=e;i||=Lt(n);let a=r.makeOutput(t,i);return r.typedArrayFromHeap(a).fill(n),a}const Ya={kernelName:Ie,backendName:`wasm`,kernelFunc:Ja};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Xa;function Za(e){Xa=e.wasm.cwrap(he,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function Qa(e){let{inputs:t,backend:n}=e,{image:r}=t,i=n.makeOutput(r.shape,r.dtype),a=n.dataIdMap.get(r.dataId).id,o=n.dataIdMap.get(i.dataId).id,[s,c,l,u]=r.shape;return Xa(a,s,c,l,u,o),i}const $a={kernelName:he,backendName:`wasm`,kernelFunc:Qa,setupFunc:Za},eo=J(i),to=Y(Ze,!1)
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let no;function ro(e){no=e.wasm.cwrap(St,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function io(e){let{backend:t,inputs:n,attrs:r}=e,{varianceEpsilon:i}=r,{x:a,mean:o,variance:s,offset:c,scale:l}=n,u=t.dataIdMap.get(a.dataId).id,d=t.dataIdMap.get(o.dataId).id,f=t.dataIdMap.get(s.dataId).id,p=c==null?0:t.dataIdMap.get(c.dataId).id,m=l==null?0:t.dataIdMap.get(l.dataId).id,h=t.makeOutput(a.shape,a.dtype);if(W(a.shape)===0)return h;let g=t.dataIdMap.get(h.dataId).id;return no(u,d,f,p,m,i,g),h}const ao={kernelName:St,backendName:`wasm`,setupFunc:ro,kernelFunc:io};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let oo;function so(e){oo=e.wasm.cwrap(Pt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function co(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a,bias:o,preluActivationWeights:s}=t,{strides:c,pad:l,dilations:u,dataFormat:d,dimRoundingMode:f,activation:p,leakyreluAlpha:m}=n,h=Sn(i.shape,a.shape,c,u,l,f),g=rr[p];if(g==null)throw Error(`${p} activation not yet supported for FusedConv2D in the wasm backend.`);let _=r.dataIdMap.get(i.dataId).id,v=r.dataIdMap.get(a.dataId).id,y=h.outChannels,b=0;if(o!=null){let e=r.dataIdMap.get(o.dataId);if(e.shape.length!==1)throw Error(`FusedConv2D only supports rank-1 bias but got rank ${e.shape.length}.`);if(e.shape[0]!==y)throw Error(`FusedConv2D bias shape (${e.shape}) does not match the number of output channels (${y})`);b=e.id}let x=h.filterHeight,S=h.filterWidth,C=h.padInfo.top,w=h.padInfo.right,T=h.padInfo.bottom,E=h.padInfo.left,D=h.dilationHeight,O=h.dilationWidth,k=h.strideHeight,A=h.strideWidth,ee=h.inChannels,j=+(h.padInfo.type===`SAME`),te=h.batchSize,M=h.inHeight,N=h.inWidth;if(d!==`NHWC`)throw Error(`wasm backend FusedConv2D does not support dataFormat:'${d}'. Please use 'NHWC'.`);let P=r.makeOutput(h.outShape,`float32`),ne=r.dataIdMap.get(P.dataId).id,re=s==null?0:r.dataIdMap.get(s.dataId).id;return oo(_,te,M,N,v,x,S,b,C,w,T,E,j,D,O,k,A,ee,y,g,re,m||0,ne),P}const lo={kernelName:Pt,backendName:`wasm`,setupFunc:so,kernelFunc:co};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let uo;function fo(e){uo=e.wasm.cwrap(ct,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function po(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a,bias:o,preluActivationWeights:s}=t,{strides:c,pad:l,dilations:u,dataFormat:d,dimRoundingMode:f,activation:p,leakyreluAlpha:m}=n,h=Sn(i.shape,a.shape,c,u,l,f,!0),g=rr[p];if(g==null)throw Error(`${p} activation not yet supported for FusedDepthwiseConv2D in the wasm backend.`);let _=r.dataIdMap.get(i.dataId).id,v=r.dataIdMap.get(a.dataId).id,y=h.outChannels,b=0;if(o!=null){let e=r.dataIdMap.get(o.dataId);if(e.shape.length!==1)throw Error(`FusedDepthwiseConv2D only supports rank-1 bias but got rank ${e.shape.length}.`);if(e.shape[0]!==y)throw Error(`FusedDepthwiseConv2D bias shape (${e.shape}) does not match the number of output channels (${y})`);b=e.id}let x=h.filterHeight,S=h.filterWidth,C=h.padInfo.top,w=h.padInfo.right,T=h.padInfo.bottom,E=h.padInfo.left,D=h.dilationHeight,O=h.dilationWidth,k=h.strideHeight,A=h.strideWidth,ee=h.inChannels,j=+(h.padInfo.type===`SAME`),te=h.batchSize,M=h.inHeight,N=h.inWidth;if(d!==`NHWC`)throw Error(`wasm backend FusedDepthwiseConv2D does not support dataFormat:'${d}'. Please use 'NHWC'.`);let P=r.makeOutput(h.outShape,`float32`),ne=r.dataIdMap.get(P.dataId).id,re=s==null?0:r.dataIdMap.get(s.dataId).id;return uo(_,te,M,N,v,x,S,b,C,w,T,E,j,D,O,k,A,ee,y,g,re,m||0,ne),P}const mo={kernelName:ct,backendName:`wasm`,setupFunc:fo,kernelFunc:po};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let ho;function go(e){ho=e.wasm.cwrap(Be,null,[`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`])}function _o(e){let{backend:t,inputs:n}=e,{params:r,indices:i}=n,[a,o,s,c]=Tn(r,i),l=t.makeOutput(a,r.dtype);if(o===0)return l;let u=i.shape,d=u[u.length-1],f=t.dataIdMap.get(r.dataId).id,p=t.dataIdMap.get(i.dataId).id,m=new Uint8Array(new Int32Array(c).buffer),h=t.dataIdMap.get(l.dataId).id;return ho(f,q[r.dtype],p,o,d,s,m,h),l}const vo={kernelName:Be,backendName:`wasm`,setupFunc:go,kernelFunc:_o};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let yo;function bo(e){yo=e.wasm.cwrap(`Gather`,null,[`number`,`number`,`array`,`number`,`number`,`number`,`array`,`number`])}function xo(e){let{backend:t,inputs:n,attrs:r}=e,{x:i,indices:a}=n,{axis:o,batchDims:s}=r,c=Kt(o,i.shape)[0],l=t.readSync(a.dataId),u=i.shape[c];for(let e=0;e<l.length;++e){let t=l[e];V(t<=u-1&&t>=0,()=>`GatherV2: the index value ${t} is not in [0, ${u-1}]`)}let d=zn(i,a,c,s),f=Q({inputs:{x:i},attrs:{shape:[d.batchSize,d.outerSize,d.dimSize,d.sliceSize]},backend:t}),p=W(a.shape),m=Q({inputs:{x:a},attrs:{shape:[d.batchSize,p/d.batchSize]},backend:t}),h=[d.batchSize,d.outerSize,p/d.batchSize,d.sliceSize],g=t.makeOutput(h,i.dtype);if(W(i.shape)===0)return g;let _=f.shape.length-1,v=t.dataIdMap.get(f.dataId).id,y=t.dataIdMap.get(m.dataId).id,b=t.dataIdMap.get(g.dataId).id,x=new Uint8Array(new Int32Array(U(f.shape)).buffer),S=new Uint8Array(new Int32Array(U(h)).buffer);return yo(v,q[i.dtype],x,_,y,d.batchSize,S,b),t.disposeData(f.dataId),t.disposeData(m.dataId),g.shape=d.outputShape,g}const So={kernelName:Tt,backendName:`wasm`,setupFunc:bo,kernelFunc:xo},Co=Y(Rt,!1,`bool`),wo=Y(Ke,!1,`bool`),To=J($e,`bool`),Eo=J(kt,`bool`),Do=J(yt,`bool`)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2022 The TensorFlow Authors. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the License);
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an AS IS BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Oo;function ko(e){Oo=e.wasm.cwrap(nt,null,[`number`,`number`,`number`,`number`])}function Ao(e){let{inputs:{x:t},attrs:{alpha:n},backend:r}=e,i=r.dataIdMap.get(t.dataId).id,a=r.makeOutput(t.shape,`float32`);if(W(t.shape)!==0){let e=r.dataIdMap.get(a.dataId).id;Oo(i,q[t.dtype],n,e)}return a}const jo={kernelName:nt,backendName:`wasm`,setupFunc:ko,kernelFunc:Ao},Mo=Y(Le,!1,`bool`),No=Y(qt,!1,`bool`)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2023 Google LLC. All Rights Reserved.
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
let Po;function Fo(e){Po=e.wasm.cwrap(nn,null,[`number`,`number`,`number`,`number`])}function Io(e){let{attrs:t,backend:n}=e,{start:r,stop:i,num:a}=t,o=Math.floor(a),s=n.makeOutput([o],`float32`);return Po(n.dataIdMap.get(s.dataId).id,r,i,o),s}const Lo={kernelName:nn,backendName:`wasm`,setupFunc:Fo,kernelFunc:Io},Ro=J(`Log`),zo=J(H),Bo=Y($t,!1,`bool`),Vo=J(ye),Ho=Y(u,!1,`bool`),Uo=Y(Zt,!1,`bool`)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2023 Google LLC.
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
let Wo;function Go(e){Wo=e.wasm.cwrap(`LRN`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ko(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{depthRadius:a,bias:o,alpha:s,beta:c}=r;if(i.dtype!==`float32`)throw Error(`LRN error: x must have dtype float32`);let l=n.makeOutput(i.shape,i.dtype);return Wo(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(l.dataId).id,i.shape[3],a,o,s,c),l}const qo={kernelName:`LRN`,backendName:`wasm`,setupFunc:Go,kernelFunc:Ko};
/**
* @license
* Copyright 2023 Google LLC.
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
let Jo;function Yo(e){Jo=e.wasm.cwrap(at,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Xo(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,y:a,dy:o}=t,{depthRadius:s,bias:c,alpha:l,beta:u}=r;if(i.dtype!==`float32`||a.dtype!==`float32`||o.dtype!==`float32`)throw Error(`LRNGrad error: x, y, and dy must have dtype float32`);let d=n.makeOutput(i.shape,i.dtype);return Jo(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(o.dataId).id,n.dataIdMap.get(d.dataId).id,o.shape[3],s,c,l,u),d}const Zo={kernelName:at,backendName:`wasm`,setupFunc:Yo,kernelFunc:Xo};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Qo;function $o(e){Qo=e.wasm.cwrap(`Max`,null,[`number`,`number`,`number`,`number`])}function es(e){let{backend:t,inputs:n,attrs:r}=e,{reductionIndices:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=o,{transposed:l,axes:u,originalAxes:d,inputWasTransposed:f}=Sr(o,i,t);if(f){let e=t.dataIdMap.get(l.dataId).id;c=l,s=e}let p=c.shape.length;K(`max`,u,p);let[m,h]=G(c.shape,u),g=W(h),_=t.makeOutput(m,o.dtype);if(W(c.shape)!==0){let e=t.dataIdMap.get(_.dataId).id;Qo(s,q[o.dtype],g,e)}return f&&t.disposeData(l.dataId),a&&(_.shape=er(_.shape,d)),_}const ts={kernelName:`Max`,backendName:`wasm`,setupFunc:$o,kernelFunc:es},ns=Y(o,!1)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let rs;function is(e){rs=e.wasm.cwrap(z,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function as(e){let{inputs:t,attrs:n,backend:r}=e,i=t.x,a=r.dataIdMap.get(i.dataId).id;V(i.dtype===`float32`,()=>`Error in MaxPool: only float32 input is supported. Got ${i.dtype}.`);let{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=n,u=_n(i.shape,o,s,1,c,l),d=u.filterHeight,f=u.filterWidth,p=u.padInfo.top,m=u.padInfo.right,h=u.padInfo.bottom,g=u.padInfo.left,_=u.dilationHeight,v=u.dilationWidth,y=u.strideHeight,b=u.strideWidth,x=u.inChannels,S=u.outChannels;if(u.dataFormat!==`channelsLast`)throw Error(`wasm backend does not support dataFormat:'${u.dataFormat}'. Please use 'channelsLast'.`);let C=r.makeOutput(u.outShape,`float32`),w=r.dataIdMap.get(C.dataId).id;return rs(a,i.shape[0],i.shape[1],i.shape[2],d,f,p,m,h,g,_,v,y,b,x,S,w),C}const os={kernelName:z,backendName:`wasm`,setupFunc:is,kernelFunc:as};
/**
* @license
* Copyright 2023 Google LLC.
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
let ss;function cs(e){ss=e.wasm.cwrap(`MaxPool3D`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ls(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{filterSize:a,strides:o,pad:s,dimRoundingMode:c,dataFormat:l}=r,u=In(i.shape,a,o,1,s,c,l),d=n.makeOutput(u.outShape,i.dtype);return ss(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left),d}const us={kernelName:g,backendName:`wasm`,setupFunc:cs,kernelFunc:ls};
/**
* @license
* Copyright 2023 Google LLC.
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
let ds;function fs(e){ds=e.wasm.cwrap(`MaxPool3DGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ps(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r,u=In(a.shape,o,s,1,c,l),d=n.makeOutput(a.shape,a.dtype);return ds(n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left),d}const ms={kernelName:p,backendName:`wasm`,setupFunc:fs,kernelFunc:ps};
/**
* @license
* Copyright 2023 Google LLC.
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
let hs;function gs(e){hs=e.wasm.cwrap(`MaxPoolGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function _s(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r,u=_n(a.shape,o,s,1,c,l),d=n.makeOutput(a.shape,a.dtype);return hs(n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.top,u.padInfo.left),d}const vs={kernelName:ce,backendName:`wasm`,setupFunc:gs,kernelFunc:_s};
/**
* @license
* Copyright 2023 Google LLC.
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
let ys;function bs(e){ys=e.wasm.cwrap(`MaxPoolWithArgmax`,null,[`number`,`number`,`number`,`number`,`boolean`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function xs(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{filterSize:a,strides:o,pad:s,includeBatchInIndex:c}=r;V(i.shape.length===4,()=>`Error in maxPool: input must be rank 4 but got rank ${i.shape.length}.`);let l=[1,1];V(Pn(o,l),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${o} and dilations '${l}'`);let u=_n(i.shape,a,o,[1,1],s),d=n.makeOutput(u.outShape,i.dtype),f=n.makeOutput(u.outShape,`int32`);return ys(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,n.dataIdMap.get(f.dataId).id,q[i.dtype],c,u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.top,u.padInfo.left),[d,f]}const Ss={kernelName:mt,backendName:`wasm`,setupFunc:bs,kernelFunc:xs};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let Cs;function ws(e){Cs=e.wasm.cwrap(dt,null,[`number, number, number`])}function Ts(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=Sr(o,i,t),m=d;if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e,m=dn(m.length,l.shape.length))}K(`mean`,m,l.shape.length);let[h,g]=G(l.shape,m),_=W(g),v=l;l.dtype!==`float32`&&(v=$({backend:t,inputs:{x:l},attrs:{dtype:`float32`}}),c=t.dataIdMap.get(v.dataId).id);let y=t.makeOutput(h,`float32`);if(W(l.shape)!==0){let e=t.dataIdMap.get(y.dataId).id;Cs(c,_,e)}return p&&t.disposeData(u.dataId),a&&(y.shape=er(y.shape,f)),l.dtype!==`float32`&&t.disposeData(v.dataId),y}const Es={kernelName:dt,backendName:`wasm`,setupFunc:ws,kernelFunc:Ts};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Ds;function Os(e){Ds=e.wasm.cwrap(`Min`,null,[`number`,`number`,`number`,`number`])}function ks(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=Sr(o,i,t);if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e)}let m=l.shape.length;K(`min`,d,m);let[h,g]=G(l.shape,d),_=W(g),v=t.makeOutput(h,l.dtype);if(W(l.shape)!==0){let e=t.dataIdMap.get(v.dataId).id;Ds(c,q[o.dtype],_,e)}return p&&t.disposeData(u.dataId),a&&(v.shape=er(v.shape,f)),v}const As={kernelName:`Min`,backendName:`wasm`,setupFunc:Os,kernelFunc:ks},js=Y(ne,!1)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
var Ms;(function(e){e[e.reflect=0]=`reflect`,e[e.symmetric=1]=`symmetric`})(Ms||={});let Ns;function Ps(e){Ns=e.wasm.cwrap(oe,null,[`number`,`array`,`number`,`number`,`array`,`array`,`number`,`number`])}function Fs(e){let{inputs:{x:t},backend:n,attrs:{paddings:r,mode:i}}=e,a=r.map((e,n)=>e[0]+t.shape[n]+e[1]),o=n.dataIdMap.get(t.dataId).id,s=n.makeOutput(a,t.dtype),c=n.dataIdMap.get(s.dataId).id,l=new Uint8Array(new Int32Array(t.shape).buffer),u=r.map(e=>e[0]),d=r.map(e=>e[1]),f=new Uint8Array(new Int32Array(u).buffer),p=new Uint8Array(new Int32Array(d).buffer);return Ns(o,l,t.shape.length,q[t.dtype],f,p,Ms[i],c),s}const Is={kernelName:oe,backendName:`wasm`,kernelFunc:Fs,setupFunc:Ps};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let Ls;function Rs(e){Ls=e.wasm.cwrap(Jt,null,[`number`,`number`,`number`,`number`])}function zs(e){let{backend:t,inputs:{logits:n},attrs:{dim:r}}=e,i=t.dataIdMap.get(n.dataId).id,a=t.makeOutput(n.shape,n.dtype),o=t.dataIdMap.get(a.dataId).id,s=n.shape[r],c=W(n.shape)/s;return W(a.shape)===0||Ls(i,o,s,c),a}const Bs={kernelName:Jt,backendName:`wasm`,setupFunc:Rs,kernelFunc:zs};
/**
* @license
* Copyright 2023 Google LLC.
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
let Vs;function Hs(e){Vs=e.wasm.cwrap(L,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function Us(e){let{inputs:t,backend:n,attrs:r}=e,{logits:i}=t,{numSamples:a,seed:o,normalized:s}=r;if(i.dtype!==`float32`)throw Error(`Tensor logits must have dtype float32, got ${i.dtype}`);let c=s?i:zs({inputs:{logits:i},backend:n,attrs:{dim:i.shape.length-1}}),[l,u]=c.shape,d=n.makeOutput([l,a],`int32`);return Vs(n.dataIdMap.get(c.dataId).id,l,u,a,o,n.dataIdMap.get(d.dataId).id),s||n.disposeData(c.dataId),d}const Ws={kernelName:L,backendName:`wasm`,setupFunc:Hs,kernelFunc:Us},Gs=Y(`Mod`,!0),Ks=Y(y,!0),qs=J(`Neg`)
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function Js(e,t){let n=new Int32Array(e.wasm.HEAPU8.buffer,t,4),r=n[0],i=n[1],a=n[2],o=n[3];return e.wasm._free(t),{pSelectedIndices:r,selectedSize:i,pSelectedScores:a,pValidOutputs:o}}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Ys;function Xs(e){Ys=e.wasm.cwrap(D,`number`,[`number`,`number`,`number`,`number`,`number`])}function Zs(e){let{backend:t,inputs:n,attrs:r}=e,{iouThreshold:i,maxOutputSize:a,scoreThreshold:o}=r,{boxes:s,scores:c}=n,l=t.dataIdMap.get(s.dataId).id,u=t.dataIdMap.get(c.dataId).id,{pSelectedIndices:d,selectedSize:f,pSelectedScores:p,pValidOutputs:m}=Js(t,Ys(l,u,a,i,o));return t.wasm._free(p),t.wasm._free(m),t.makeOutput([f],`int32`,d)}const Qs={kernelName:D,backendName:`wasm`,setupFunc:Xs,kernelFunc:Zs};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let $s;function ec(e){$s=e.wasm.cwrap(M,`number`,[`number`,`number`,`number`,`number`,`number`,`bool`])}function tc(e){let{backend:t,inputs:n,attrs:r}=e,{iouThreshold:i,maxOutputSize:a,scoreThreshold:o,padToMaxOutputSize:s}=r,{boxes:c,scores:l}=n,u=t.dataIdMap.get(c.dataId).id,d=t.dataIdMap.get(l.dataId).id,{pSelectedIndices:f,selectedSize:p,pSelectedScores:m,pValidOutputs:h}=Js(t,$s(u,d,a,i,o,s));return t.wasm._free(m),[t.makeOutput([p],`int32`,f),t.makeOutput([],`int32`,h)]}const nc={kernelName:M,backendName:`wasm`,setupFunc:ec,kernelFunc:tc};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let rc;function ic(e){rc=e.wasm.cwrap(ge,`number`,[`number`,`number`,`number`,`number`,`number`,`number`])}function ac(e){let{backend:t,inputs:n,attrs:r}=e,{iouThreshold:i,maxOutputSize:a,scoreThreshold:o,softNmsSigma:s}=r,{boxes:c,scores:l}=n,u=t.dataIdMap.get(c.dataId).id,d=t.dataIdMap.get(l.dataId).id,{pSelectedIndices:f,selectedSize:p,pSelectedScores:m,pValidOutputs:h}=Js(t,rc(u,d,a,i,o,s));return t.wasm._free(h),[t.makeOutput([p],`int32`,f),t.makeOutput([p],`float32`,m)]}const oc={kernelName:ge,backendName:`wasm`,setupFunc:ic,kernelFunc:ac},sc=Y(on,!1,`bool`)
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let cc;function lc(e){cc=e.wasm.cwrap(c,null,[`number`,`number`,`number`,`number`,`number`])}function uc(e){let{inputs:t,backend:n,attrs:r}=e,{indices:i}=t,{dtype:a,depth:o,onValue:s,offValue:c}=r,l=n.makeOutput([...i.shape,o],a),u=n.dataIdMap.get(l.dataId).id,d=n.dataIdMap.get(i.dataId).id;return cc(d,o,s,c,u),l}const dc={kernelName:c,backendName:`wasm`,setupFunc:lc,kernelFunc:uc};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function fc(e){let{inputs:{x:t},backend:n}=e,r=n.makeOutput(t.shape,t.dtype);return n.typedArrayFromHeap(r).fill(1),r}const pc={kernelName:De,backendName:`wasm`,kernelFunc:fc};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function mc(e){let{inputs:t,backend:n,attrs:r}=e,{axis:i}=r;if(t.length===1)return Ga({inputs:{input:t[0]},backend:n,attrs:{dim:i}});let a=t[0].shape,o=t[0].dtype;t.forEach(e=>{me(a,e.shape,`All tensors passed to stack must have matching shapes`),V(o===e.dtype,()=>`All tensors passed to stack must have matching dtypes`)});let s=[],c=Ei({inputs:t.map(e=>{let t=Ga({inputs:{input:e},backend:n,attrs:{dim:i}});return s.push(t),t}),backend:n,attrs:{axis:i}});return s.forEach(e=>n.disposeData(e.dataId)),c}const hc={kernelName:w,backendName:`wasm`,kernelFunc:mc};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let gc;function _c(e){gc=e.wasm.cwrap(we,null,[`number`,`array`,`number`,`number`,`array`,`array`,`number`,`number`])}function vc(e){let{inputs:{x:t},backend:n,attrs:{paddings:r,constantValue:i}}=e,a=r.map((e,n)=>e[0]+t.shape[n]+e[1]);if(W(t.shape)===0)return Ja({backend:n,attrs:{shape:a,value:i,dtype:t.dtype}});let o=n.dataIdMap.get(t.dataId).id,s=n.makeOutput(a,t.dtype),c=n.dataIdMap.get(s.dataId).id,l=new Uint8Array(new Int32Array(t.shape).buffer),u=r.map(e=>e[0]),d=r.map(e=>e[1]),f=new Uint8Array(new Int32Array(u).buffer),p=new Uint8Array(new Int32Array(d).buffer);return gc(o,l,t.shape.length,q[t.dtype],f,p,i,c),s}const yc={kernelName:we,backendName:`wasm`,kernelFunc:vc,setupFunc:_c},bc=Y(`Pow`,!1)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let xc;function Sc(e){xc=e.wasm.cwrap(B,null,[`number`,`number`,`number`])}function Cc(e){let{inputs:t,backend:n}=e,{x:r,alpha:i}=t,a=n.dataIdMap.get(r.dataId).id,o=n.dataIdMap.get(i.dataId).id,s=a,c=r,l=c;c.dtype!==`float32`&&(l=$({backend:n,inputs:{x:r},attrs:{dtype:`float32`}}),s=n.dataIdMap.get(l.dataId).id);let u=n.makeOutput(r.shape,`float32`),d=n.dataIdMap.get(u.dataId).id;return xc(s,o,d),c.dtype!==`float32`&&n.disposeData(l.dataId),u}const wc={kernelName:B,backendName:`wasm`,setupFunc:Sc,kernelFunc:Cc};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let Tc;function Ec(e){Tc=e.wasm.cwrap(S,null,[`number`,`number`,`number`,`number`])}function Dc(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=Sr(o,i,t),m=d;if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e,m=dn(m.length,l.shape.length))}K(`prod`,m,l.shape.length);let[h,g]=G(l.shape,m),_=W(g),v=t.makeOutput(h,l.dtype);if(W(l.shape)!==0){let e=t.dataIdMap.get(v.dataId).id;Tc(c,_,q[v.dtype],e)}return p&&t.disposeData(u.dataId),a&&(v.shape=er(v.shape,f)),v}const Oc={kernelName:S,backendName:`wasm`,setupFunc:Ec,kernelFunc:Dc},kc={kernelName:Ne,backendName:`wasm`,kernelFunc:e=>{
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let{backend:t,attrs:n}=e,{start:r,stop:i,step:a,dtype:o}=n,s=Dn(r,i,a,o),c=t.makeOutput([s.length],o);return t.typedArrayFromHeap(c).set(s),c}},Ac=Y(Fe,!0),jc=J(R),Mc=J(n),Nc=J(Qe)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2022 The TensorFlow Authors. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Pc;function Fc(e){Pc=e.wasm.cwrap(Ct,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ic(e){let{backend:t,inputs:n,attrs:r}=e,{images:i}=n,{alignCorners:a,halfPixelCenters:o,size:s}=r,[c,l]=s,[u,d,f,p]=i.shape,m=[u,c,l,p],h=t.dataIdMap.get(i.dataId),g;h.dtype!==`float32`&&(g=$({backend:t,inputs:{x:i},attrs:{dtype:`float32`}}),h=t.dataIdMap.get(g.dataId));let _=h.id,v=t.makeOutput(m,`float32`);if(W(i.shape)===0)return v;let y=t.dataIdMap.get(v.dataId).id;return Pc(_,u,d,f,p,c,l,+!!a,+!!o,y),g!=null&&t.disposeData(g.dataId),v}const Lc={kernelName:Ct,backendName:`wasm`,setupFunc:Fc,kernelFunc:Ic};
/**
* @license
* Copyright 2023 Google LLC.
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
let Rc;function zc(e){Rc=e.wasm.cwrap(Ft,null,[`number`,`number`,`number`,`array`,`array`,`boolean`])}function Bc(e){let{inputs:t,backend:n,attrs:r}=e,{images:i,dy:a}=t,{alignCorners:o}=r,s=n.makeOutput(i.shape,`float32`),c=n.dataIdMap.get(i.dataId),l;return c.dtype!==`float32`&&(l=$({backend:n,inputs:{x:i},attrs:{dtype:`float32`}}),c=n.dataIdMap.get(l.dataId)),Rc(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(s.dataId).id,new Uint8Array(new Int32Array(i.shape).buffer),new Uint8Array(new Int32Array(a.shape).buffer),o),l!=null&&n.disposeData(l.dataId),s}const Vc={kernelName:Ft,backendName:`wasm`,setupFunc:zc,kernelFunc:Bc};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the 'License');
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an 'AS IS' BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Hc;function Uc(e){Hc=e.wasm.cwrap(lt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Wc(e){let{backend:t,inputs:n,attrs:r}=e,{images:i}=n,{alignCorners:a,halfPixelCenters:o,size:s}=r,[c,l]=s,[u,d,f,p]=i.shape,m=[u,c,l,p],h=t.makeOutput(m,`float32`);if(W(i.shape)===0)return h;let g=t.dataIdMap.get(i.dataId),_;g.dtype!==`float32`&&(_=$({backend:t,inputs:{x:i},attrs:{dtype:`float32`}}),g=t.dataIdMap.get(_.dataId));let v=g.id,y=t.dataIdMap.get(h.dataId).id;return Hc(v,u,d,f,p,c,l,+!!a,+!!o,y),_!=null&&t.disposeData(_.dataId),h}const Gc={kernelName:lt,backendName:`wasm`,setupFunc:Uc,kernelFunc:Wc};
/**
* @license
* Copyright 2023 Google LLC.
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
let Kc;function qc(e){Kc=e.wasm.cwrap(Ve,null,[`number`,`number`,`number`,`array`,`array`,`boolean`])}function Jc(e){let{inputs:t,backend:n,attrs:r}=e,{images:i,dy:a}=t,{alignCorners:o}=r,s=n.makeOutput(i.shape,`float32`),c=n.dataIdMap.get(i.dataId),l;return c.dtype!==`float32`&&(l=$({backend:n,inputs:{x:i},attrs:{dtype:`float32`}}),c=n.dataIdMap.get(l.dataId)),Kc(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(s.dataId).id,new Uint8Array(new Int32Array(i.shape).buffer),new Uint8Array(new Int32Array(a.shape).buffer),o),l!=null&&n.disposeData(l.dataId),s}const Yc={kernelName:Ve,backendName:`wasm`,setupFunc:qc,kernelFunc:Jc};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let Xc;function Zc(e){Xc=e.wasm.cwrap(Et,null,[`number`,`array`,`number`,`array`,`number`,`number`])}function Qc(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{dims:a}=r,o=Kt(a,i.shape);if(i.shape.length===0)return X({inputs:{x:i},backend:n});let s=n.makeOutput(i.shape,i.dtype),c=n.dataIdMap.get(i.dataId).id,l=n.dataIdMap.get(s.dataId).id,u=new Uint8Array(new Int32Array(o).buffer),d=new Uint8Array(new Int32Array(i.shape).buffer);Xc(c,u,o.length,d,i.shape.length,l);let f=Q({inputs:{x:s},attrs:{shape:i.shape},backend:n});return n.disposeData(s.dataId),f}const $c={kernelName:Et,backendName:`wasm`,kernelFunc:Qc,setupFunc:Zc};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let el;function tl(e){el=e.wasm.cwrap(zt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`])}function nl(e){let{inputs:t,backend:n,attrs:r}=e,{image:i}=t,{radians:a,fillValue:o,center:s}=r,c=n.makeOutput(i.shape,i.dtype),l=n.dataIdMap.get(i.dataId).id,u=n.dataIdMap.get(c.dataId).id,[d,f,p,m]=i.shape,[h,g]=Hn(s,f,p),_=typeof o==`number`?[o,o,o,o===0?0:255]:[...o,255],v=new Uint8Array(new Int32Array(_).buffer);return el(l,d,f,p,m,a,h,g,v,_.length,u),c}const rl={kernelName:zt,backendName:`wasm`,kernelFunc:nl,setupFunc:tl},il=J(qe),al=J(_t)
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let ol;function sl(e){ol=e.wasm.cwrap(Wt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`])}function cl(e){let{backend:t,inputs:n,attrs:r}=e,{indices:i,updates:a}=n,{shape:o}=r,s=t.makeOutput(o,a.dtype);if(W(o)===0)return s;let{sliceRank:c,numUpdates:l,sliceSize:u,strides:d,outputSize:f}=Xn(a,i,o),p=t.dataIdMap.get(i.dataId).id,m=t.dataIdMap.get(a.dataId).id,h=new Uint8Array(new Int32Array(d).buffer),g=t.dataIdMap.get(s.dataId).id;return ol(p,m,q[a.dtype],c,l,u,h,f,g),s}const ll={kernelName:Wt,backendName:`wasm`,setupFunc:sl,kernelFunc:cl};
/**
* @license
* Copyright 2023 Google LLC.
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
let ul;function dl(e){ul=e.wasm.cwrap(Ye,null,[`number`,`number`,`number`,`number`,`number`,`number`,`bool`,`number`])}function fl(e){let{inputs:t,backend:n,attrs:r}=e,{sortedSequence:i,values:a}=t,{side:o}=r;if(i.dtype!==a.dtype)throw Error(`SearchSorted error: sorted_sequence must have the same dtype as values. Got ${i.dtype} and ${a.dtype}`);let s=n.makeOutput(a.shape,`int32`);function c(e){return n.dataIdMap.get(e.dataId).id}return ul(c(i),c(a),i.shape[0],i.shape[1],a.shape[1],q[i.dtype],o===`left`,c(s)),s}const pl={kernelName:Ye,backendName:`wasm`,setupFunc:dl,kernelFunc:fl};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let ml;function hl(e){ml=e.wasm.cwrap(`SelectV2`,null,[`number`,`number`,`number`,`number`,`number`])}function gl(e){let{inputs:t,backend:n}=e,{condition:r,t:i,e:a}=t,o=n.dataIdMap.get(r.dataId).id,s=n.dataIdMap.get(i.dataId).id,c=n.dataIdMap.get(a.dataId).id,l=n.makeOutput(i.shape,i.dtype),u=n.dataIdMap.get(l.dataId).id,d=r.shape.length,f=i.shape.length,p=d===0||d>1||f===1?1:W(i.shape.slice(1));return ml(o,s,c,p,u),l}const _l={kernelName:et,backendName:`wasm`,kernelFunc:gl,setupFunc:hl},vl=J(At)
/**
* @license
* Copyright 2023 Google LLC.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let yl;function bl(e){yl=e.wasm.cwrap(bt,null,[`number`,`number`])}function xl(e){let{backend:t,inputs:{x:n}}=e,r=t.dataIdMap.get(n.dataId).id,i=t.makeOutput(n.shape,n.dtype),a=t.dataIdMap.get(i.dataId).id;return W(i.shape)===0||yl(r,a),i}const Sl={kernelName:`Sigmoid`,backendName:`wasm`,setupFunc:bl,kernelFunc:xl},Cl=J(ot),wl=J(`Sin`),Tl=J(rt),El=J(rn)
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
;
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
function Dl(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{blockShape:a,paddings:o}=r,s=W(a),c=[[0,0]];c.push(...o);for(let e=1+a.length;e<i.shape.length;++e)c.push([0,0]);let l=yc.kernelFunc({inputs:{x:i},backend:n,attrs:{paddings:c,constantValue:0}}),u=vn(l.shape,a,s,!1),d=Cn(u.length,a.length,!1),f=cn(l.shape,a,s,!1),p=Q({inputs:{x:l},backend:n,attrs:{shape:u}}),m=Z({inputs:{x:p},backend:n,attrs:{perm:d}}),h=Q({inputs:{x:m},backend:n,attrs:{shape:f}});return n.disposeData(l.dataId),n.disposeData(p.dataId),n.disposeData(m.dataId),h}const Ol={kernelName:Ue,backendName:`wasm`,kernelFunc:Dl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let kl;function Al(e){kl=e.wasm.cwrap(`SparseFillEmptyRows`,`number`,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function jl(e){let{backend:t,inputs:n}=e,{indices:r,values:i,denseShape:a,defaultValue:o}=n,s=r.shape[0],c=r.shape[1],l=t.readSync(a.dataId)[0],u=[s+l,c],d=t.dataIdMap.get(r.dataId).id,f=t.dataIdMap.get(i.dataId).id,p=t.dataIdMap.get(o.dataId).id,m=t.makeOutput(u,r.dtype),h=t.dataIdMap.get(m.dataId).id,g=t.makeOutput(u.slice(0,1),i.dtype),_=t.dataIdMap.get(g.dataId).id,v=t.makeOutput([l],`bool`),y=t.dataIdMap.get(v.dataId).id,b=t.makeOutput([s],r.dtype),x=t.dataIdMap.get(b.dataId).id,S=t.makeOutput([4],`int32`),C=t.dataIdMap.get(S.dataId).id,w=kl(d,f,q[i.dtype],s,l,c,p,h,_,y,x,C),T=t.readSync(S.dataId),E;switch(T[0]){case 1:E=mn(T[1]);break;case 2:E=fn(T[1],T[2]);break;case 3:E=gn(T[1],T[2],T[3]);break;default:E=``}if(t.disposeData(S.dataId),E)throw t.disposeData(m.dataId),t.disposeData(g.dataId),t.disposeData(v.dataId),t.disposeData(b.dataId),Error(E);let D=m,O=g;return w!==u[0]&&(D=oi({inputs:{x:m},attrs:{begin:0,size:[w,c]},backend:t}),O=oi({inputs:{x:g},attrs:{begin:0,size:w},backend:t}),t.disposeData(m.dataId),t.disposeData(g.dataId)),[D,O,v,b]}const Ml={kernelName:en,backendName:`wasm`,setupFunc:Al,kernelFunc:jl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let Nl;function Pl(e){Nl=e.wasm.cwrap(be,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Fl(e){let{backend:t,inputs:n}=e,{inputIndices:r,inputShape:i,newShape:a}=n;if(r.shape.length!==2)throw Error(`Input indices should be a matrix but received shape
        ${r.shape}`);if(i.shape.length!==1)throw Error(`Input shape should be a vector but received shape
        ${i.shape}`);if(a.shape.length!==1)throw Error(`Target shape should be a vector but received shape ${a.shape}`);let o=t.dataIdMap.get(r.dataId).id,s=t.dataIdMap.get(i.dataId).id,c=t.dataIdMap.get(a.dataId).id,l=r.shape[0],u=W(a.shape),d=t.makeOutput([l,u],r.dtype),f=t.dataIdMap.get(d.dataId).id,p=t.makeOutput([u],a.dtype),m=t.dataIdMap.get(p.dataId).id,h=t.makeOutput([3],`int32`),g=t.dataIdMap.get(h.dataId).id;Nl(o,s,c,l,f,m,g);let _=t.readSync(h.dataId),v;switch(_[0]){case 0:v=Zn(_[1],_[2]);break;case 1:v=xn(_[1],_[2]);break;case 2:v=$n();break;case 3:{let e=Array.from(t.readSync(i.dataId)),n=Array.from(t.readSync(p.dataId));v=un(e,n);break}case 4:{let e=Array.from(t.readSync(i.dataId)),n=Array.from(t.readSync(p.dataId));v=yn(e,n);break}default:v=``}if(t.disposeData(h.dataId),v)throw t.disposeData(d.dataId),t.disposeData(p.dataId),Error(v);return[d,p]}const Il={kernelName:be,backendName:`wasm`,setupFunc:Pl,kernelFunc:Fl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let Ll;function Rl(e){Ll=e.wasm.cwrap(`SparseSegmentReduction`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function zl(e,t){let{backend:n,inputs:r}=e,{data:i,indices:a,segmentIds:o}=r,s=a.shape[0],c=n.readSync(o.dataId,s-1,s)[0],l=s>0?c+1:0;if(l<0)throw Error(Yn());let u=i.shape.slice();u[0]=l;let d=n.dataIdMap.get(i.dataId).id,f=n.dataIdMap.get(a.dataId).id,p=n.dataIdMap.get(o.dataId).id,m=n.makeOutput(u,i.dtype),h=n.dataIdMap.get(m.dataId).id,g=n.makeOutput([4],`int32`),_=n.dataIdMap.get(g.dataId).id;Ll(d,q[i.dtype],i.shape[0],f,p,h,_,t,0);let v=n.readSync(g.dataId),y;switch(v[0]){case 0:y=Yn();break;case 1:y=tr();break;case 2:y=En(v[1],v[2]);break;case 3:y=wn(v[1],v[2],v[3]);break;default:y=``}if(n.disposeData(g.dataId),y)throw n.disposeData(m.dataId),Error(y);return m}
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
function Bl(e){return zl(e,!0)}const Vl={kernelName:d,backendName:`wasm`,setupFunc:Rl,kernelFunc:Bl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
function Hl(e){return zl(e,!1)}const Ul={kernelName:Qt,backendName:`wasm`,setupFunc:Rl,kernelFunc:Hl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let Wl;function Gl(e){Wl=e.wasm.cwrap(Se,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`])}function Kl(e){let{backend:t,inputs:n,attrs:r}=e,{sparseIndices:i,sparseValues:a,defaultValue:o}=n,{outputShape:s}=r,c=t.makeOutput(s,o.dtype);if(W(s)===0)return c;let{sliceRank:l,numUpdates:u,sliceSize:d,strides:f,outputSize:p}=Xn(a,i,s),m=t.dataIdMap.get(i.dataId).id,h=t.dataIdMap.get(a.dataId).id,g=t.dataIdMap.get(o.dataId).id,_=new Uint8Array(new Int32Array(f).buffer),v=t.dataIdMap.get(c.dataId).id;return Wl(m,h,a.shape.length,g,q[o.dtype],l,u,d,_,p,v),c}const ql={kernelName:Se,backendName:`wasm`,setupFunc:Gl,kernelFunc:Kl};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function Jl(e){let{inputs:t,attrs:n,backend:r}=e,{x:i}=t,{numOrSizeSplits:a,axis:o}=n,s=Kt(o,i.shape)[0],c=Fn(i,a,s),l=Array(i.shape.length).fill(0),u=i.shape.slice();return c.map(e=>{let t=[...u];t[s]=e;let n=oi({inputs:{x:i},attrs:{begin:l,size:t},backend:r});return l[s]+=e,n})}const Yl={kernelName:_,backendName:`wasm`,kernelFunc:Jl},Xl=J(m),Zl=J(le),Ql=Y(ht,!0)
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let $l;function eu(e){$l=e.wasm.cwrap(ft,null,[`number`,`number`,`number`,`number`])}function tu(e){let{backend:t,inputs:n,attrs:r}=e,{alpha:i}=r,{x:a}=n,o=t.dataIdMap.get(a.dataId).id,s=t.makeOutput(a.shape,a.dtype),c=t.dataIdMap.get(s.dataId).id;return $l(o,i,q[a.dtype],c),s}const nu={kernelName:ft,backendName:`wasm`,setupFunc:eu,kernelFunc:tu};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let ru;function iu(e){ru=e.wasm.cwrap(re,null,[`number`,`array`,`number`,`array`,`array`,`array`,`array`,`array`,`number`,`number`])}function au(e){let{backend:t,inputs:n,attrs:r}=e,{x:i}=n,{begin:a,end:o,strides:s,beginMask:c,endMask:l,ellipsisMask:u,newAxisMask:d,shrinkAxisMask:f}=r,{finalShapeSparse:p,finalShape:m,isIdentity:h,sliceDim0:g,isSimpleSlice:_,begin:v,end:y,strides:b}=jn(i.shape,a,o,s,c,l,u,d,f),x;if(h)x=Q({inputs:{x:i},backend:t,attrs:{shape:m}});else if(g||_){V(i.shape.length>=1,()=>`Input must have rank at least 1, got: ${i.shape.length}`);let e=Un(v,y,b),n=oi({inputs:{x:i},backend:t,attrs:{begin:v,size:e}});x=Q({inputs:{x:n},backend:t,attrs:{shape:m}}),t.disposeData(n.dataId)}else{let e=t.makeOutput(p,`float32`),n=t.dataIdMap.get(i.dataId).id,r=new Uint8Array(new Int32Array(U(i.shape)).buffer),a=new Uint8Array(new Int32Array(v).buffer),o=new Uint8Array(new Int32Array(y).buffer),s=new Uint8Array(new Int32Array(b).buffer),c=new Uint8Array(new Int32Array(p).buffer),l=new Uint8Array(new Int32Array(U(p)).buffer),u=t.dataIdMap.get(e.dataId).id;ru(n,r,i.shape.length,a,o,s,c,l,p.length,u),x=Q({inputs:{x:e},backend:t,attrs:{shape:m}}),t.disposeData(e.dataId)}return x}const ou={kernelName:re,backendName:`wasm`,setupFunc:iu,kernelFunc:au};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
function su(e){let{backend:t,inputs:n,attrs:r}=e,{data:i,dataSplits:a}=n,{separator:o,nGramWidths:s,leftPad:c,rightPad:l,padWidth:u,preserveShortSequences:d}=r,f=t.readSync(i.dataId),p=t.readSync(a.dataId),[m,h]=Nn(f,p,o,s,c,l,u,d),g=t.makeOutput([m.length],`string`),_=t.dataIdMap.get(g.dataId);_.stringBytes=m;let v=t.makeOutput(a.shape,`int32`);return t.typedArrayFromHeap(v).set(h),[g,v]}const cu={kernelName:F,backendName:`wasm`,kernelFunc:su};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
function lu(e){let{backend:t,inputs:n,attrs:r}=e,{input:i,delimiter:a}=n,{skipEmpty:o}=r,s=t.readSync(i.dataId),c=t.readSync(a.dataId),[l,u,d]=Wn(s,c[0],o),f=u.length,p=t.makeOutput([f,2],`int32`);t.typedArrayFromHeap(p).set(l);let m=t.makeOutput([f],`string`),h=t.dataIdMap.get(m.dataId);h.stringBytes=u;let g=t.makeOutput([2],`int32`);return t.typedArrayFromHeap(g).set(d),[p,m,g]}const uu={kernelName:de,backendName:`wasm`,kernelFunc:lu};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
function du(e){let{backend:t,inputs:n,attrs:r}=e,{input:i}=n,{numBuckets:a}=r,o=t.readSync(i.dataId),s=Vn(o,a),c=t.makeOutput(i.shape,`int32`);return t.typedArrayFromHeap(c).set(s),c}const fu={kernelName:b,backendName:`wasm`,kernelFunc:du},pu=Y(`Sub`,!0)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let mu;function hu(e){mu=e.wasm.cwrap(`Sum`,null,[`number`,`number`,`number`,`number`])}function gu(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=Sr(o,i,t),m=d;if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e,m=dn(m.length,l.shape.length))}K(`sum`,m,l.shape.length);let[h,g]=G(l.shape,m),_=W(g),v=t.makeOutput(h,l.dtype);if(W(l.shape)!==0){let e=t.dataIdMap.get(v.dataId).id;mu(c,_,q[v.dtype],e)}return p&&t.disposeData(u.dataId),a&&(v.shape=er(v.shape,f)),v}const _u={kernelName:`Sum`,backendName:`wasm`,setupFunc:hu,kernelFunc:gu},vu=J(`Tan`),yu=J(O)
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2022 Google LLC. All Rights Reserved.
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
let bu;function xu(e){bu=e.wasm.cwrap(N,null,[`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`,`number`])}function Su(e){let{backend:t,inputs:n,attrs:r}=e,{tensor:i,indices:a,updates:o}=n,{}=r,s=t.makeOutput(i.shape,i.dtype);if(W(i.shape)===0)return s;let{sliceRank:c,numUpdates:l,sliceSize:u,strides:d,outputSize:f}=Xn(o,a,i.shape),p=t.dataIdMap.get(a.dataId).id,m=t.dataIdMap.get(o.dataId).id,h=t.dataIdMap.get(i.dataId).id,g=new Uint8Array(new Int32Array(d).buffer),_=t.dataIdMap.get(s.dataId).id;return bu(p,m,q[o.dtype],c,l,u,g,f,_,h),s}const Cu={kernelName:N,backendName:`wasm`,setupFunc:xu,kernelFunc:Su};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let wu;function Tu(e){wu=e.wasm.cwrap(_e,null,[`number`,`array`,`number`,`array`,`number`,`number`])}function Eu(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,a=n.dataIdMap.get(i.dataId).id,{reps:o}=r,s=Array(i.shape.length);for(let e=0;e<s.length;e++)s[e]=i.shape[e]*o[e];let c=new Uint8Array(new Int32Array(i.shape).buffer),l=new Uint8Array(new Int32Array(s).buffer),u=n.makeOutput(s,i.dtype),d=n.dataIdMap.get(u.dataId).id;return wu(a,c,i.shape.length,l,s.length,q[u.dtype],d),u}const Du={kernelName:_e,backendName:`wasm`,setupFunc:Tu,kernelFunc:Eu};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let Ou;function ku(e){Ou=e.wasm.cwrap(sn,null,[`number`,`array`,`number`,`number`,`number`,`bool`,`number`,`number`])}const Au={kernelName:sn,backendName:`wasm`,setupFunc:ku,kernelFunc:({inputs:e,backend:t,attrs:n})=>{let{x:r}=e,{k:i,sorted:a}=n,o=t.dataIdMap.get(r.dataId).id,s=new Uint8Array(new Int32Array(r.shape).buffer),c=r.shape.slice();c[c.length-1]=i;let l=t.makeOutput(c,r.dtype),u=t.dataIdMap.get(l.dataId).id,d=t.makeOutput(c,`int32`),f=t.dataIdMap.get(d.dataId).id;return Ou(o,s,r.shape.length,q[r.dtype],i,a,u,f),[l,d]}};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let ju;function Mu(e){ju=e.wasm.cwrap(l,null,[`number`,`number`,`bool`,`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`array`,`number`,`number`,`number`,`number`,`number`])}function Nu(e){let{backend:t,inputs:n,attrs:r}=e,{image:i,transforms:a}=n,{interpolation:o,fillMode:s,fillValue:c,outputShape:l}=r,[u,d,f,p]=i.shape,[m,h]=l??[d,f],g=[u,m,h,p],_=new Uint8Array(new Int32Array(U(i.shape)).buffer),v=new Uint8Array(new Int32Array(U(g)).buffer),y=t.makeOutput(g,i.dtype),b=t.dataIdMap.get(y.dataId).id,x=t.dataIdMap.get(i.dataId).id,S=t.dataIdMap.get(a.dataId).id,C=o===`nearest`?1:2,w;switch(s){case`constant`:w=1;break;case`reflect`:w=2;break;case`wrap`:w=3;break;case`nearest`:w=4;break;default:w=1}return ju(x,S,a.shape[0]>1,u,m,h,p,f,d,_,i.shape.length-1,v,g.length-1,C,w,c,b),y}const Pu={kernelName:l,backendName:`wasm`,setupFunc:Mu,kernelFunc:Nu};
/**
* @license
* Copyright 2023 Google LLC.
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
function Fu(e){let{inputs:t,attrs:n,backend:r}=e,{axis:i}=n,{x:a}=t,{outputValues:o,outputShape:s,indices:c}=Kn(r.readSync(a.dataId),i,a.shape,a.dtype);return[r.makeOutput(s,a.dtype,void 0,o),r.makeOutput([c.length],`int32`,void 0,c)]}const Iu={kernelName:T,backendName:`wasm`,kernelFunc:Fu};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function Lu(e){let{inputs:t,backend:n,attrs:r}=e,{value:i}=t,{axis:a}=r;a<0&&(a+=i.shape.length);let o=i.shape[a],s=i.shape.length,c=Array(s-1),l=0;for(let e=0;e<s;e++)e!==a&&(c[l++]=i.shape[e]);let u=Array(o),d=Array(s).fill(0),f=i.shape.slice();f[a]=1;for(let e=0;e<u.length;e++)d[a]=e,u[e]=oi({inputs:{x:i},attrs:{begin:d,size:f},backend:n});return u.map(({dataId:e,dtype:t})=>({dataId:e,dtype:t,shape:c}))}const Ru={kernelName:Te,backendName:`wasm`,kernelFunc:Lu};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function zu(e){let{inputs:{x:t},backend:n}=e,r=n.makeOutput(t.shape,t.dtype);return n.typedArrayFromHeap(r).fill(0),r}
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
const Bu=[sr,cr,lr,ur,dr,hr,Er,Ar,Mr,Nr,Pr,Fr,Ir,Lr,Rr,Hr,ei,Kr,Xr,ai,fi,gi,_i,yi,bi,xi,Ti,Di,ji,Fi,zi,Ui,qi,Ji,Yi,ea,ia,ca,fa,ga,ba,wa,Oa,Ma,Ia,La,Va,Ha,Ua,Wa,Ka,qa,Ya,$a,eo,to,ao,lo,mo,vo,So,Co,wo,gr,To,Eo,Do,jo,Mo,No,Lo,zo,Ro,Bo,Vo,Ho,Uo,qo,Zo,ts,ns,os,us,ms,vs,Ss,Es,As,js,Is,Ws,Gs,Ks,qs,Qs,nc,oc,sc,dc,pc,hc,yc,bc,wc,Oc,kc,Ac,jc,Mc,Nc,ti,Lc,Vc,Gc,Yc,$c,rl,il,al,ll,pl,_l,vl,Sl,Cl,wl,Tl,ui,Bs,El,Ol,Ml,Il,Vl,Ul,ql,Yl,Xl,Zl,Ql,nu,ou,cu,uu,fu,pu,_u,vu,yu,Cu,Du,Au,Pu,xr,Iu,Ru,{kernelName:C,backendName:`wasm`,kernelFunc:zu}];for(let e of Bu)pe(e);
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
const Vu=Mt();Vu.registerFlag(`WASM_HAS_SIMD_SUPPORT`,async()=>{try{return WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,9,1,7,0,65,0,253,15,26,11]))}catch{return!1}}),Vu.registerFlag(`WASM_HAS_MULTITHREAD_SUPPORT`,async()=>{if(Vu.get(`IS_NODE`))return!1;try{return new MessageChannel().port1.postMessage(new SharedArrayBuffer(1)),WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,5,4,1,3,1,1,10,11,1,9,0,65,0,254,16,2,0,26,11]))}catch{return!1}});var Hu=/* @__PURE__ */ t(((e,t)=>{var n=(()=>{var e=typeof document<`u`&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<`u`&&(e||=__filename),(function(t){t||={};function n(){return j.buffer!=F&&L(j.buffer),I}function r(){return j.buffer!=F&&L(j.buffer),se}function i(){return j.buffer!=F&&L(j.buffer),ce}function a(){return j.buffer!=F&&L(j.buffer),le}function o(){return j.buffer!=F&&L(j.buffer),ue}var s=t===void 0?{}:t,c,l;s.ready=new Promise(function(e,t){c=e,l=t});var u;typeof process<`u`&&process.listeners&&(u={uncaughtException:process.listeners(`uncaughtException`),unhandledRejection:process.listeners(`unhandledRejection`)});var d=Object.assign({},s),f=[],p=(e,t)=>{throw t},m=typeof window==`object`,h=typeof importScripts==`function`,g=typeof process==`object`&&typeof process.versions==`object`&&typeof process.versions.node==`string`,_=s.ENVIRONMENT_IS_PTHREAD||!1,v=``;function y(e){return s.locateFile?s.locateFile(e,v):v+e}var b,x,S;function C(e){e instanceof V||k(`exiting due to exception: `+e)}if(g){var w=Xt(),T=Xt();v=h?T.dirname(v)+`/`:__dirname+`/`,b=(e,t)=>(e=ke(e)?new URL(e):T.normalize(e),w.readFileSync(e,t?void 0:`utf8`)),S=e=>{var t=b(e,!0);return t.buffer||(t=new Uint8Array(t)),t},x=(e,t,n)=>{e=ke(e)?new URL(e):T.normalize(e),w.readFile(e,function(e,r){e?n(e):t(r.buffer)})},process.argv.length>1&&process.argv[1].replace(/\\/g,`/`),f=process.argv.slice(2),process.on(`uncaughtException`,function(e){if(!(e instanceof V))throw e}),process.on(`unhandledRejection`,function(e){throw e}),p=(e,t)=>{if(he())throw process.exitCode=e,t;C(t),process.exit(e)},s.inspect=function(){return`[Emscripten Module object]`};let e;try{e=Xt()}catch(e){throw console.error(`The "worker_threads" module is not supported in this node.js build - perhaps a newer version is needed?`),e}global.Worker=e.Worker}else(m||h)&&(h?v=self.location.href:typeof document<`u`&&document.currentScript&&(v=document.currentScript.src),v=v.indexOf(`blob:`)===0?``:v.substr(0,v.replace(/[?#].*/,``).lastIndexOf(`/`)+1),g||(b=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.send(null),t.responseText},h&&(S=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.responseType=`arraybuffer`,t.send(null),new Uint8Array(t.response)}),x=(e,t,n)=>{var r=new XMLHttpRequest;r.open(`GET`,e,!0),r.responseType=`arraybuffer`,r.onload=()=>{r.status==200||r.status==0&&r.response?t(r.response):n()},r.onerror=n,r.send(null)}));g&&typeof performance>`u`&&(global.performance=Xt().performance);var E=console.log.bind(console),D=console.warn.bind(console);g&&(E=e=>w.writeSync(1,e+`
`),D=e=>w.writeSync(2,e+`
`));var O=s.print||E,k=s.printErr||D;Object.assign(s,d),d=null,s.arguments&&(f=s.arguments),s.thisProgram&&s.thisProgram,s.quit&&(p=s.quit),Atomics.load,Atomics.store,Atomics.compareExchange;var A;s.wasmBinary&&(A=s.wasmBinary);var ee=s.noExitRuntime||!0;typeof WebAssembly!=`object`&&Ee(`no native wasm support detected`);var j,te,M=!1,N;function P(e,t){e||Ee(t)}var ne=typeof TextDecoder<`u`?new TextDecoder(`utf8`):void 0;function re(e,t,n){t>>>=0;for(var r=t+n,i=t;e[i]&&!(i>=r);)++i;if(i-t>16&&e.buffer&&ne)return ne.decode(e.buffer instanceof SharedArrayBuffer?e.slice(t,i):e.subarray(t,i));for(var a=``;t<i;){var o=e[t++];if(!(o&128))a+=String.fromCharCode(o);else{var s=e[t++]&63;if((o&224)==192)a+=String.fromCharCode((o&31)<<6|s);else{var c=e[t++]&63;if(o=(o&240)==224?(o&15)<<12|s<<6|c:(o&7)<<18|s<<12|c<<6|e[t++]&63,o<65536)a+=String.fromCharCode(o);else{var l=o-65536;a+=String.fromCharCode(55296|l>>10,56320|l&1023)}}}}return a}function ie(e,t){return e>>>=0,e?re(r(),e,t):``}function ae(e,t,n,r){if(n>>>=0,!(r>0))return 0;for(var i=n,a=n+r-1,o=0;o<e.length;++o){var s=e.charCodeAt(o);if(s>=55296&&s<=57343){var c=e.charCodeAt(++o);s=65536+((s&1023)<<10)|c&1023}if(s<=127){if(n>=a)break;t[n++>>>0]=s}else if(s<=2047){if(n+1>=a)break;t[n++>>>0]=192|s>>6,t[n++>>>0]=128|s&63}else if(s<=65535){if(n+2>=a)break;t[n++>>>0]=224|s>>12,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}else{if(n+3>=a)break;t[n++>>>0]=240|s>>18,t[n++>>>0]=128|s>>12&63,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}}return t[n>>>0]=0,n-i}function oe(e,t,n){return ae(e,r(),t,n)}var F,I,se,ce,le,ue;_&&(F=s.buffer);function L(e){F=e,s.HEAP8=I=new Int8Array(e),s.HEAP16=new Int16Array(e),s.HEAP32=ce=new Int32Array(e),s.HEAPU8=se=new Uint8Array(e),s.HEAPU16=new Uint16Array(e),s.HEAPU32=le=new Uint32Array(e),s.HEAPF32=new Float32Array(e),s.HEAPF64=ue=new Float64Array(e)}var de=s.INITIAL_MEMORY||16777216;if(_)j=s.wasmMemory,F=s.buffer;else if(s.wasmMemory)j=s.wasmMemory;else if(j=new WebAssembly.Memory({initial:de/65536,maximum:65536,shared:!0}),!(j.buffer instanceof SharedArrayBuffer))throw k(`requested a shared WebAssembly.Memory but the returned buffer is not a SharedArrayBuffer, indicating that while the browser has SharedArrayBuffer it does not have WebAssembly threads support - you may need to set a flag`),g&&k(`(on node you may need: --experimental-wasm-threads --experimental-wasm-bulk-memory and/or recent version)`),Error(`bad memory`);j&&(F=j.buffer),de=F.byteLength,L(F);var fe,pe=[],R=[],me=[];function he(){return ee}function ge(){if(s.preRun)for(typeof s.preRun==`function`&&(s.preRun=[s.preRun]);s.preRun.length;)ye(s.preRun.shift());Ue(pe)}function _e(){_||Ue(R)}function ve(){if(!_){if(s.postRun)for(typeof s.postRun==`function`&&(s.postRun=[s.postRun]);s.postRun.length;)xe(s.postRun.shift());Ue(me)}}function ye(e){pe.unshift(e)}function be(e){R.unshift(e)}function xe(e){me.unshift(e)}var z=0,Se=null,Ce=null;function we(e){z++,s.monitorRunDependencies&&s.monitorRunDependencies(z)}function Te(e){if(z--,s.monitorRunDependencies&&s.monitorRunDependencies(z),z==0&&(Se!==null&&(clearInterval(Se),Se=null),Ce)){var t=Ce;Ce=null,t()}}function Ee(e){s.onAbort&&s.onAbort(e),e=`Aborted(`+e+`)`,k(e),M=!0,N=1,e+=`. Build with -sASSERTIONS for more info.`;var t=new WebAssembly.RuntimeError(e);throw l(t),t}var De=`data:application/octet-stream;base64,`;function Oe(e){return e.startsWith(De)}function ke(e){return e.startsWith(`file://`)}var B=`tfjs-backend-wasm-threaded-simd.wasm`;Oe(B)||(B=y(B));function Ae(e){try{if(e==B&&A)return new Uint8Array(A);if(S)return S(e);throw`both async and sync fetching of the wasm failed`}catch(e){Ee(e)}}function je(){if(!A&&(m||h)){if(typeof fetch==`function`&&!ke(B))return fetch(B,{credentials:`same-origin`}).then(function(e){if(!e.ok)throw`failed to load wasm binary file at '`+B+`'`;return e.arrayBuffer()}).catch(function(){return Ae(B)});if(x)return new Promise(function(e,t){x(B,function(t){e(new Uint8Array(t))},t)})}return Promise.resolve().then(function(){return Ae(B)})}function Me(){var e={env:Mt,wasi_snapshot_preview1:Mt};function t(e,t){if(s.asm=e.exports,Ye(s.asm._emscripten_tls_init),fe=s.asm.__indirect_function_table,be(s.asm.__wasm_call_ctors),te=t,!_){var n=H.unusedWorkers.length;H.unusedWorkers.forEach(function(e){H.loadWasmModuleToWorker(e,function(){--n||Te(`wasm-instantiate`)})})}}_||we(`wasm-instantiate`);function n(e){t(e.instance,e.module)}function r(t){return je().then(function(t){return WebAssembly.instantiate(t,e)}).then(function(e){return e}).then(t,function(e){k(`failed to asynchronously prepare wasm: `+e),Ee(e)})}function i(){return!A&&typeof WebAssembly.instantiateStreaming==`function`&&!Oe(B)&&!ke(B)&&!g&&typeof fetch==`function`?fetch(B,{credentials:`same-origin`}).then(function(t){return WebAssembly.instantiateStreaming(t,e).then(n,function(e){return k(`wasm streaming compile failed: `+e),k(`falling back to ArrayBuffer instantiation`),r(n)})}):r(n)}if(s.instantiateWasm)try{return s.instantiateWasm(e,t)}catch(e){k(`Module.instantiateWasm callback failed with error: `+e),l(e)}return i().catch(l),{}}var Ne={};function V(e){this.name=`ExitStatus`,this.message=`Program terminated with exit(`+e+`)`,this.status=e}function Pe(e){var t=H.pthreads[e];delete H.pthreads[e],t.terminate(),vi(e),H.runningWorkers.splice(H.runningWorkers.indexOf(t),1),t.pthread_ptr=0}function Fe(e){H.pthreads[e].postMessage({cmd:`cancel`})}function Ie(e){var t=H.pthreads[e];P(t),H.returnWorkerToPool(t)}function Le(e){var t=H.getNewWorker();if(!t)return 6;H.runningWorkers.push(t),H.pthreads[e.pthread_ptr]=t,t.pthread_ptr=e.pthread_ptr;var n={cmd:`run`,start_routine:e.startRoutine,arg:e.arg,pthread_ptr:e.pthread_ptr};return t.runPthread=()=>{g&&t.ref(),t.postMessage(n,e.transferList),delete t.runPthread},t.loaded&&t.runPthread(),0}var Re={varargs:void 0,get:function(){return Re.varargs+=4,i()[Re.varargs-4>>>2]},getStr:function(e){return ie(e)}};function ze(e){if(_)return gt(1,1,e);N=e,he()||(H.terminateAllThreads(),s.onExit&&s.onExit(e),M=!0),p(e,new V(e))}function Be(e,t){if(N=e,!t&&_)throw Ge(e),`unwind`;ze(e)}var Ve=Be;function He(e){if(e instanceof V||e==`unwind`)return N;p(1,e)}var H={unusedWorkers:[],runningWorkers:[],tlsInitFunctions:[],pthreads:{},init:function(){_?H.initWorker():H.initMainThread()},initMainThread:function(){for(var e=8;e--;)H.allocateUnusedWorker()},initWorker:function(){ee=!1},setExitStatus:function(e){N=e},terminateAllThreads:function(){for(var e of Object.values(H.pthreads))H.returnWorkerToPool(e);for(var e of H.unusedWorkers)e.terminate();H.unusedWorkers=[]},returnWorkerToPool:function(e){var t=e.pthread_ptr;delete H.pthreads[t],H.unusedWorkers.push(e),H.runningWorkers.splice(H.runningWorkers.indexOf(e),1),e.pthread_ptr=0,g&&e.unref(),vi(t)},receiveObjectTransfer:function(e){},threadInitTLS:function(){H.tlsInitFunctions.forEach(e=>e())},loadWasmModuleToWorker:function(t,n){t.onmessage=e=>{var r=e.data,i=r.cmd;if(t.pthread_ptr&&(H.currentProxiedOperationCallerThread=t.pthread_ptr),r.targetThread&&r.targetThread!=li()){var a=H.pthreads[r.targetThread];a?a.postMessage(r,r.transferList):k(`Internal error! Worker sent a message "`+i+`" to target pthread `+r.targetThread+`, but that thread no longer exists!`),H.currentProxiedOperationCallerThread=void 0}else i===`processProxyingQueue`?rt(r.queue):i===`spawnThread`?Le(r):i===`cleanupThread`?Ie(r.thread):i===`killThread`?Pe(r.thread):i===`cancelThread`?Fe(r.thread):i===`loaded`?(t.loaded=!0,g&&t.unref(),n&&n(t),t.runPthread&&t.runPthread()):i===`print`?O(`Thread `+r.threadId+`: `+r.text):i===`printErr`?k(`Thread `+r.threadId+`: `+r.text):i===`alert`?alert(`Thread `+r.threadId+`: `+r.text):r.target===`setimmediate`?t.postMessage(r):i===`callHandler`?s[r.handler](...r.args):i&&k(`worker sent an unknown command `+i),H.currentProxiedOperationCallerThread=void 0},t.onerror=e=>{throw k(`worker sent an error! `+e.filename+`:`+e.lineno+`: `+e.message),e},g&&(t.on(`message`,function(e){t.onmessage({data:e})}),t.on(`error`,function(e){t.onerror(e)}),t.on(`detachedExit`,function(){}));var r=[];for(var i of[`onExit`,`onAbort`,`print`,`printErr`])s.hasOwnProperty(i)&&r.push(i);t.postMessage({cmd:`load`,handlers:r,urlOrBlob:s.mainScriptUrlOrBlob||e,wasmMemory:j,wasmModule:te})},allocateUnusedWorker:function(){var e,t=y(`tfjs-backend-wasm-threaded-simd.worker.js`);e=new Worker(t),H.unusedWorkers.push(e)},getNewWorker:function(){return H.unusedWorkers.length==0&&(H.allocateUnusedWorker(),H.loadWasmModuleToWorker(H.unusedWorkers[0])),H.unusedWorkers.pop()}};s.PThread=H;function Ue(e){for(;e.length>0;)e.shift()(s)}function We(){var e=li(),t=i()[e+52>>>2],n=t-i()[e+56>>>2];$(t,n),xi(t)}s.establishStackSpace=We;function Ge(e){if(_)return gt(2,0,e);try{Ve(e)}catch(e){He(e)}}var Ke=[];function qe(e){var t=Ke[e];return t||(e>=Ke.length&&(Ke.length=e+1),Ke[e]=t=fe.get(e)),t}function Je(e,t){var n=qe(e)(t);he()?H.setExitStatus(n):yi(n)}s.invokeEntryPoint=Je;function Ye(e){H.tlsInitFunctions.push(e)}function Xe(e){di(e,!h,1,!m),H.threadInitTLS()}function Ze(e){_?postMessage({cmd:`cleanupThread`,thread:e}):Ie(e)}function Qe(e,t,n,r){return _?gt(3,1,e,t,n,r):$e(e,t,n,r)}function $e(e,t,n,r){if(typeof SharedArrayBuffer>`u`)return k(`Current environment does not support SharedArrayBuffer, pthreads are not available!`),6;var i=[];if(_&&i.length===0)return Qe(e,t,n,r);var a={startRoutine:n,pthread_ptr:e,arg:r,transferList:i};return _?(a.cmd=`spawnThread`,postMessage(a,i),0):Le(a)}function et(){return 65536}var tt=!0;function nt(){return tt}function rt(e){Atomics.store(i(),e>>2,1),li()&&_i(e),Atomics.compareExchange(i(),e>>2,1,0)}s.executeNotifiedProxyingQueue=rt;function it(e,t,n,r){if(e==t)setTimeout(()=>rt(r));else if(_)postMessage({targetThread:e,cmd:`processProxyingQueue`,queue:r});else{var i=H.pthreads[e];if(!i)return;i.postMessage({cmd:`processProxyingQueue`,queue:r})}return 1}function at(e,t,n){return-1}function ot(){Ee(``)}function st(e){st.shown||={},st.shown[e]||(st.shown[e]=1,g&&(e=`warning: `+e),k(e))}function ct(){g||h||st(`Blocking on the main thread is very dangerous, see https://emscripten.org/docs/porting/pthreads.html#blocking-on-the-main-browser-thread`)}function lt(){return Date.now()}function ut(){return 4294901760}function dt(){return ut()}var ft=g?()=>{var e=process.hrtime();return e[0]*1e3+e[1]/1e6}:()=>performance.timeOrigin+performance.now();function pt(e,t,n){r().copyWithin(e>>>0,t>>>0,t+n>>>0)}function mt(){return g?Xt().cpus().length:navigator.hardwareConcurrency}function ht(e){var t=bi(),n=e();return xi(t),n}function gt(e,t){var n=arguments.length-2,r=arguments;return ht(()=>{for(var i=n,a=Si(i*8),s=a>>3,c=0;c<n;c++){var l=r[2+c];o()[s+c>>>0]=l}return hi(e,i,a,t)})}var _t=[];function vt(e,t,n){_t.length=t;for(var r=n>>3,i=0;i<t;i++)_t[i]=o()[r+i>>>0];return(e<0?Ne[-e-1]:jt[e]).apply(null,_t)}function yt(e){try{return j.grow(e-F.byteLength+65535>>>16),L(j.buffer),1}catch{}}function bt(e){var t=r().length;if(e>>>=0,e<=t)return!1;var n=ut();if(e>n)return!1;let i=(e,t)=>e+(t-e%t)%t;for(var a=1;a<=4;a*=2){var o=t*(1+.2/a);if(o=Math.min(o,e+100663296),yt(Math.min(n,i(Math.max(e,o),65536))))return!0}return!1}function xt(){throw`unwind`}function St(e){return _?gt(4,1,e):52}function Ct(e,t,n,r,i){return _?gt(5,1,e,t,n,r,i):70}var wt=[null,[],[]];function Tt(e,t){var n=wt[e];t===0||t===10?((e===1?O:k)(re(n,0)),n.length=0):n.push(t)}function Et(e,t,n,i){if(_)return gt(6,1,e,t,n,i);for(var o=0,s=0;s<n;s++){var c=a()[t>>>2],l=a()[t+4>>>2];t+=8;for(var u=0;u<l;u++)Tt(e,r()[c+u>>>0]);o+=l}return a()[i>>>2]=o,0}function Dt(e){return s[`_`+e]}function Ot(e,t){n().set(e,t>>>0)}function kt(e,t,n,r,i){var a={string:e=>{var t=0;if(e!=null&&e!==0){var n=(e.length<<2)+1;t=Si(n),oe(e,t,n)}return t},array:e=>{var t=Si(e.length);return Ot(e,t),t}};function o(e){return t===`string`?ie(e):t===`boolean`?!!e:e}var s=Dt(e),c=[],l=0;if(r)for(var u=0;u<r.length;u++){var d=a[n[u]];d?(l===0&&(l=bi()),c[u]=d(r[u])):c[u]=r[u]}var f=s.apply(null,c);function p(e){return l!==0&&xi(l),o(e)}return f=p(f),f}function At(e,t,n,r){n||=[];var i=n.every(e=>e===`number`||e===`boolean`);return t!==`string`&&i&&!r?Dt(e):function(){return kt(e,t,n,arguments,r)}}H.init();var jt=[null,ze,Ge,Qe,St,Ct,Et],Mt={__emscripten_init_main_thread_js:Xe,__emscripten_thread_cleanup:Ze,__pthread_create_js:$e,_emscripten_default_pthread_stack_size:et,_emscripten_get_now_is_monotonic:nt,_emscripten_notify_task_queue:it,_emscripten_set_offscreencanvas_size:at,abort:ot,emscripten_check_blocking_allowed:ct,emscripten_date_now:lt,emscripten_get_heap_max:dt,emscripten_get_now:ft,emscripten_memcpy_big:pt,emscripten_num_logical_cores:mt,emscripten_receive_on_main_thread_js:vt,emscripten_resize_heap:bt,emscripten_unwind_to_js_event_loop:xt,exit:Ve,fd_close:St,fd_seek:Ct,fd_write:Et,memory:j||s.wasmMemory};Me();var Nt=s.___wasm_call_ctors=function(){return(Nt=s.___wasm_call_ctors=s.asm.__wasm_call_ctors).apply(null,arguments)},Pt=s._init=function(){return(Pt=s._init=s.asm.init).apply(null,arguments)},Ft=s._init_with_threads_count=function(){return(Ft=s._init_with_threads_count=s.asm.init_with_threads_count).apply(null,arguments)},It=s._get_threads_count=function(){return(It=s._get_threads_count=s.asm.get_threads_count).apply(null,arguments)},Lt=s._register_tensor=function(){return(Lt=s._register_tensor=s.asm.register_tensor).apply(null,arguments)},Rt=s._dispose_data=function(){return(Rt=s._dispose_data=s.asm.dispose_data).apply(null,arguments)},zt=s._dispose=function(){return(zt=s._dispose=s.asm.dispose).apply(null,arguments)},Bt=s._Abs=function(){return(Bt=s._Abs=s.asm.Abs).apply(null,arguments)},U=s._Acos=function(){return(U=s._Acos=s.asm.Acos).apply(null,arguments)},Vt=s._Acosh=function(){return(Vt=s._Acosh=s.asm.Acosh).apply(null,arguments)},Ht=s._Add=function(){return(Ht=s._Add=s.asm.Add).apply(null,arguments)},Ut=s._AddN=function(){return(Ut=s._AddN=s.asm.AddN).apply(null,arguments)},Wt=s._All=function(){return(Wt=s._All=s.asm.All).apply(null,arguments)},Gt=s._Any=function(){return(Gt=s._Any=s.asm.Any).apply(null,arguments)},Kt=s._ArgMax=function(){return(Kt=s._ArgMax=s.asm.ArgMax).apply(null,arguments)},qt=s._ArgMin=function(){return(qt=s._ArgMin=s.asm.ArgMin).apply(null,arguments)},Jt=s._Asin=function(){return(Jt=s._Asin=s.asm.Asin).apply(null,arguments)},Yt=s._Asinh=function(){return(Yt=s._Asinh=s.asm.Asinh).apply(null,arguments)},Zt=s._Atan=function(){return(Zt=s._Atan=s.asm.Atan).apply(null,arguments)},Qt=s._Atan2=function(){return(Qt=s._Atan2=s.asm.Atan2).apply(null,arguments)},W=s._Atanh=function(){return(W=s._Atanh=s.asm.Atanh).apply(null,arguments)},$t=s._AvgPool=function(){return($t=s._AvgPool=s.asm.AvgPool).apply(null,arguments)},en=s._AvgPool3D=function(){return(en=s._AvgPool3D=s.asm.AvgPool3D).apply(null,arguments)},tn=s._AvgPool3DGrad=function(){return(tn=s._AvgPool3DGrad=s.asm.AvgPool3DGrad).apply(null,arguments)},nn=s._AvgPoolGrad=function(){return(nn=s._AvgPoolGrad=s.asm.AvgPoolGrad).apply(null,arguments)},rn=s._BatchMatMul=function(){return(rn=s._BatchMatMul=s.asm.BatchMatMul).apply(null,arguments)},an=s._Bincount=function(){return(an=s._Bincount=s.asm.Bincount).apply(null,arguments)},on=s._BitwiseAnd=function(){return(on=s._BitwiseAnd=s.asm.BitwiseAnd).apply(null,arguments)},sn=s._Ceil=function(){return(sn=s._Ceil=s.asm.Ceil).apply(null,arguments)},cn=s._ClipByValue=function(){return(cn=s._ClipByValue=s.asm.ClipByValue).apply(null,arguments)},ln=s._Conv2D=function(){return(ln=s._Conv2D=s.asm.Conv2D).apply(null,arguments)},un=s._Conv2DBackpropInput=function(){return(un=s._Conv2DBackpropInput=s.asm.Conv2DBackpropInput).apply(null,arguments)},dn=s._Conv3D=function(){return(dn=s._Conv3D=s.asm.Conv3D).apply(null,arguments)},fn=s._Conv3DBackpropFilterV2=function(){return(fn=s._Conv3DBackpropFilterV2=s.asm.Conv3DBackpropFilterV2).apply(null,arguments)},pn=s._Conv3DBackpropInputV2=function(){return(pn=s._Conv3DBackpropInputV2=s.asm.Conv3DBackpropInputV2).apply(null,arguments)},mn=s._Cos=function(){return(mn=s._Cos=s.asm.Cos).apply(null,arguments)},hn=s._Cosh=function(){return(hn=s._Cosh=s.asm.Cosh).apply(null,arguments)},gn=s._CropAndResize=function(){return(gn=s._CropAndResize=s.asm.CropAndResize).apply(null,arguments)},_n=s._Cumprod=function(){return(_n=s._Cumprod=s.asm.Cumprod).apply(null,arguments)},vn=s._Cumsum=function(){return(vn=s._Cumsum=s.asm.Cumsum).apply(null,arguments)},yn=s._DenseBincount=function(){return(yn=s._DenseBincount=s.asm.DenseBincount).apply(null,arguments)},bn=s._DepthToSpace=function(){return(bn=s._DepthToSpace=s.asm.DepthToSpace).apply(null,arguments)},xn=s._DepthwiseConv2dNative=function(){return(xn=s._DepthwiseConv2dNative=s.asm.DepthwiseConv2dNative).apply(null,arguments)},Sn=s._Diag=function(){return(Sn=s._Diag=s.asm.Diag).apply(null,arguments)},Cn=s._Dilation2D=function(){return(Cn=s._Dilation2D=s.asm.Dilation2D).apply(null,arguments)},wn=s._Dilation2DBackpropFilter=function(){return(wn=s._Dilation2DBackpropFilter=s.asm.Dilation2DBackpropFilter).apply(null,arguments)},Tn=s._Dilation2DBackpropInput=function(){return(Tn=s._Dilation2DBackpropInput=s.asm.Dilation2DBackpropInput).apply(null,arguments)},En=s._Elu=function(){return(En=s._Elu=s.asm.Elu).apply(null,arguments)},G=s._EluGrad=function(){return(G=s._EluGrad=s.asm.EluGrad).apply(null,arguments)},Dn=s._Equal=function(){return(Dn=s._Equal=s.asm.Equal).apply(null,arguments)},On=s._Erf=function(){return(On=s._Erf=s.asm.Erf).apply(null,arguments)},kn=s._Exp=function(){return(kn=s._Exp=s.asm.Exp).apply(null,arguments)},An=s._Expm1=function(){return(An=s._Expm1=s.asm.Expm1).apply(null,arguments)},jn=s._FlipLeftRight=function(){return(jn=s._FlipLeftRight=s.asm.FlipLeftRight).apply(null,arguments)},Mn=s._Floor=function(){return(Mn=s._Floor=s.asm.Floor).apply(null,arguments)},Nn=s._FloorDiv=function(){return(Nn=s._FloorDiv=s.asm.FloorDiv).apply(null,arguments)},Pn=s._FusedBatchNorm=function(){return(Pn=s._FusedBatchNorm=s.asm.FusedBatchNorm).apply(null,arguments)},Fn=s._FusedConv2D=function(){return(Fn=s._FusedConv2D=s.asm.FusedConv2D).apply(null,arguments)},In=s._FusedDepthwiseConv2D=function(){return(In=s._FusedDepthwiseConv2D=s.asm.FusedDepthwiseConv2D).apply(null,arguments)},Ln=s._Gather=function(){return(Ln=s._Gather=s.asm.Gather).apply(null,arguments)},Rn=s._GatherNd=function(){return(Rn=s._GatherNd=s.asm.GatherNd).apply(null,arguments)},zn=s._Greater=function(){return(zn=s._Greater=s.asm.Greater).apply(null,arguments)},Bn=s._GreaterEqual=function(){return(Bn=s._GreaterEqual=s.asm.GreaterEqual).apply(null,arguments)},Vn=s._IsFinite=function(){return(Vn=s._IsFinite=s.asm.IsFinite).apply(null,arguments)},Hn=s._IsInf=function(){return(Hn=s._IsInf=s.asm.IsInf).apply(null,arguments)},Un=s._IsNan=function(){return(Un=s._IsNan=s.asm.IsNan).apply(null,arguments)},Wn=s._LRN=function(){return(Wn=s._LRN=s.asm.LRN).apply(null,arguments)},Gn=s._LRNGrad=function(){return(Gn=s._LRNGrad=s.asm.LRNGrad).apply(null,arguments)},Kn=s._LeakyRelu=function(){return(Kn=s._LeakyRelu=s.asm.LeakyRelu).apply(null,arguments)},qn=s._Less=function(){return(qn=s._Less=s.asm.Less).apply(null,arguments)},Jn=s._LessEqual=function(){return(Jn=s._LessEqual=s.asm.LessEqual).apply(null,arguments)},Yn=s._LinSpace=function(){return(Yn=s._LinSpace=s.asm.LinSpace).apply(null,arguments)},Xn=s._Log=function(){return(Xn=s._Log=s.asm.Log).apply(null,arguments)},Zn=s._Log1p=function(){return(Zn=s._Log1p=s.asm.Log1p).apply(null,arguments)},Qn=s._LogicalAnd=function(){return(Qn=s._LogicalAnd=s.asm.LogicalAnd).apply(null,arguments)},$n=s._LogicalNot=function(){return($n=s._LogicalNot=s.asm.LogicalNot).apply(null,arguments)},er=s._LogicalOr=function(){return(er=s._LogicalOr=s.asm.LogicalOr).apply(null,arguments)},tr=s._LogicalXor=function(){return(tr=s._LogicalXor=s.asm.LogicalXor).apply(null,arguments)},K=s._Max=function(){return(K=s._Max=s.asm.Max).apply(null,arguments)},nr=s._MaxPool=function(){return(nr=s._MaxPool=s.asm.MaxPool).apply(null,arguments)},q=s._MaxPool3D=function(){return(q=s._MaxPool3D=s.asm.MaxPool3D).apply(null,arguments)},rr=s._MaxPool3DGrad=function(){return(rr=s._MaxPool3DGrad=s.asm.MaxPool3DGrad).apply(null,arguments)},ir=s._MaxPoolGrad=function(){return(ir=s._MaxPoolGrad=s.asm.MaxPoolGrad).apply(null,arguments)},ar=s._MaxPoolWithArgmax=function(){return(ar=s._MaxPoolWithArgmax=s.asm.MaxPoolWithArgmax).apply(null,arguments)},or=s._Maximum=function(){return(or=s._Maximum=s.asm.Maximum).apply(null,arguments)},sr=s._Mean=function(){return(sr=s._Mean=s.asm.Mean).apply(null,arguments)},J=s._Min=function(){return(J=s._Min=s.asm.Min).apply(null,arguments)},cr=s._Minimum=function(){return(cr=s._Minimum=s.asm.Minimum).apply(null,arguments)},lr=s._MirrorPad=function(){return(lr=s._MirrorPad=s.asm.MirrorPad).apply(null,arguments)},ur=s._Mod=function(){return(ur=s._Mod=s.asm.Mod).apply(null,arguments)},Y=s._Multinomial=function(){return(Y=s._Multinomial=s.asm.Multinomial).apply(null,arguments)},dr=s._Multiply=function(){return(dr=s._Multiply=s.asm.Multiply).apply(null,arguments)},fr=s._Neg=function(){return(fr=s._Neg=s.asm.Neg).apply(null,arguments)},pr=s._NonMaxSuppressionV3=function(){return(pr=s._NonMaxSuppressionV3=s.asm.NonMaxSuppressionV3).apply(null,arguments)},mr=s._NonMaxSuppressionV4=function(){return(mr=s._NonMaxSuppressionV4=s.asm.NonMaxSuppressionV4).apply(null,arguments)},hr=s._NonMaxSuppressionV5=function(){return(hr=s._NonMaxSuppressionV5=s.asm.NonMaxSuppressionV5).apply(null,arguments)},X=s._NotEqual=function(){return(X=s._NotEqual=s.asm.NotEqual).apply(null,arguments)},gr=s._OneHot=function(){return(gr=s._OneHot=s.asm.OneHot).apply(null,arguments)},_r=s._PadV2=function(){return(_r=s._PadV2=s.asm.PadV2).apply(null,arguments)},vr=s._Pow=function(){return(vr=s._Pow=s.asm.Pow).apply(null,arguments)},Z=s._Prelu=function(){return(Z=s._Prelu=s.asm.Prelu).apply(null,arguments)},yr=s._Prod=function(){return(yr=s._Prod=s.asm.Prod).apply(null,arguments)},br=s._RealDiv=function(){return(br=s._RealDiv=s.asm.RealDiv).apply(null,arguments)},xr=s._Reciprocal=function(){return(xr=s._Reciprocal=s.asm.Reciprocal).apply(null,arguments)},Sr=s._Relu=function(){return(Sr=s._Relu=s.asm.Relu).apply(null,arguments)},Cr=s._Relu6=function(){return(Cr=s._Relu6=s.asm.Relu6).apply(null,arguments)},wr=s._ResizeBilinear=function(){return(wr=s._ResizeBilinear=s.asm.ResizeBilinear).apply(null,arguments)},Tr=s._ResizeBilinearGrad=function(){return(Tr=s._ResizeBilinearGrad=s.asm.ResizeBilinearGrad).apply(null,arguments)},Er=s._ResizeNearestNeighbor=function(){return(Er=s._ResizeNearestNeighbor=s.asm.ResizeNearestNeighbor).apply(null,arguments)},Dr=s._ResizeNearestNeighborGrad=function(){return(Dr=s._ResizeNearestNeighborGrad=s.asm.ResizeNearestNeighborGrad).apply(null,arguments)},Or=s._Reverse=function(){return(Or=s._Reverse=s.asm.Reverse).apply(null,arguments)},kr=s._RotateWithOffset=function(){return(kr=s._RotateWithOffset=s.asm.RotateWithOffset).apply(null,arguments)},Ar=s._Round=function(){return(Ar=s._Round=s.asm.Round).apply(null,arguments)},jr=s._Rsqrt=function(){return(jr=s._Rsqrt=s.asm.Rsqrt).apply(null,arguments)},Mr=s._ScatterNd=function(){return(Mr=s._ScatterNd=s.asm.ScatterNd).apply(null,arguments)},Nr=s._SearchSorted=function(){return(Nr=s._SearchSorted=s.asm.SearchSorted).apply(null,arguments)},Pr=s._SelectV2=function(){return(Pr=s._SelectV2=s.asm.SelectV2).apply(null,arguments)},Fr=s._Selu=function(){return(Fr=s._Selu=s.asm.Selu).apply(null,arguments)},Ir=s._Sigmoid=function(){return(Ir=s._Sigmoid=s.asm.Sigmoid).apply(null,arguments)},Lr=s._Sign=function(){return(Lr=s._Sign=s.asm.Sign).apply(null,arguments)},Rr=s._Sin=function(){return(Rr=s._Sin=s.asm.Sin).apply(null,arguments)},zr=s._Sinh=function(){return(zr=s._Sinh=s.asm.Sinh).apply(null,arguments)},Br=s._Softmax=function(){return(Br=s._Softmax=s.asm.Softmax).apply(null,arguments)},Vr=s._Softplus=function(){return(Vr=s._Softplus=s.asm.Softplus).apply(null,arguments)},Hr=s._SparseFillEmptyRows=function(){return(Hr=s._SparseFillEmptyRows=s.asm.SparseFillEmptyRows).apply(null,arguments)},Ur=s._SparseReshape=function(){return(Ur=s._SparseReshape=s.asm.SparseReshape).apply(null,arguments)},Wr=s._SparseSegmentReduction=function(){return(Wr=s._SparseSegmentReduction=s.asm.SparseSegmentReduction).apply(null,arguments)},Gr=s._SparseToDense=function(){return(Gr=s._SparseToDense=s.asm.SparseToDense).apply(null,arguments)},Kr=s._Sqrt=function(){return(Kr=s._Sqrt=s.asm.Sqrt).apply(null,arguments)},qr=s._Square=function(){return(qr=s._Square=s.asm.Square).apply(null,arguments)},Jr=s._SquaredDifference=function(){return(Jr=s._SquaredDifference=s.asm.SquaredDifference).apply(null,arguments)},Yr=s._Step=function(){return(Yr=s._Step=s.asm.Step).apply(null,arguments)},Xr=s._StridedSlice=function(){return(Xr=s._StridedSlice=s.asm.StridedSlice).apply(null,arguments)},Zr=s._Sub=function(){return(Zr=s._Sub=s.asm.Sub).apply(null,arguments)},Qr=s._Sum=function(){return(Qr=s._Sum=s.asm.Sum).apply(null,arguments)},$r=s._Tan=function(){return($r=s._Tan=s.asm.Tan).apply(null,arguments)},ei=s._Tanh=function(){return(ei=s._Tanh=s.asm.Tanh).apply(null,arguments)},Q=s._TensorScatterUpdate=function(){return(Q=s._TensorScatterUpdate=s.asm.TensorScatterUpdate).apply(null,arguments)},ti=s._Tile=function(){return(ti=s._Tile=s.asm.Tile).apply(null,arguments)},ni=s._TopK=function(){return(ni=s._TopK=s.asm.TopK).apply(null,arguments)},ri=s._Transform=function(){return(ri=s._Transform=s.asm.Transform).apply(null,arguments)},ii=s._Transpose=function(){return(ii=s._Transpose=s.asm.Transpose).apply(null,arguments)},ai=s.__FusedMatMul=function(){return(ai=s.__FusedMatMul=s.asm._FusedMatMul).apply(null,arguments)},oi=s._malloc=function(){return(oi=s._malloc=s.asm.malloc).apply(null,arguments)},si=s._free=function(){return(si=s._free=s.asm.free).apply(null,arguments)},ci=s.__emscripten_tls_init=function(){return(ci=s.__emscripten_tls_init=s.asm._emscripten_tls_init).apply(null,arguments)},li=s._pthread_self=function(){return(li=s._pthread_self=s.asm.pthread_self).apply(null,arguments)},ui=s.___errno_location=function(){return(ui=s.___errno_location=s.asm.__errno_location).apply(null,arguments)},di=s.__emscripten_thread_init=function(){return(di=s.__emscripten_thread_init=s.asm._emscripten_thread_init).apply(null,arguments)},fi=s.__emscripten_thread_crashed=function(){return(fi=s.__emscripten_thread_crashed=s.asm._emscripten_thread_crashed).apply(null,arguments)},pi=s._emscripten_main_thread_process_queued_calls=function(){return(pi=s._emscripten_main_thread_process_queued_calls=s.asm.emscripten_main_thread_process_queued_calls).apply(null,arguments)},mi=s._emscripten_main_browser_thread_id=function(){return(mi=s._emscripten_main_browser_thread_id=s.asm.emscripten_main_browser_thread_id).apply(null,arguments)},hi=s._emscripten_run_in_main_runtime_thread_js=function(){return(hi=s._emscripten_run_in_main_runtime_thread_js=s.asm.emscripten_run_in_main_runtime_thread_js).apply(null,arguments)},gi=s._emscripten_dispatch_to_thread_=function(){return(gi=s._emscripten_dispatch_to_thread_=s.asm.emscripten_dispatch_to_thread_).apply(null,arguments)},_i=s.__emscripten_proxy_execute_task_queue=function(){return(_i=s.__emscripten_proxy_execute_task_queue=s.asm._emscripten_proxy_execute_task_queue).apply(null,arguments)},vi=s.__emscripten_thread_free_data=function(){return(vi=s.__emscripten_thread_free_data=s.asm._emscripten_thread_free_data).apply(null,arguments)},yi=s.__emscripten_thread_exit=function(){return(yi=s.__emscripten_thread_exit=s.asm._emscripten_thread_exit).apply(null,arguments)},$=s._emscripten_stack_set_limits=function(){return($=s._emscripten_stack_set_limits=s.asm.emscripten_stack_set_limits).apply(null,arguments)},bi=s.stackSave=function(){return(bi=s.stackSave=s.asm.stackSave).apply(null,arguments)},xi=s.stackRestore=function(){return(xi=s.stackRestore=s.asm.stackRestore).apply(null,arguments)},Si=s.stackAlloc=function(){return(Si=s.stackAlloc=s.asm.stackAlloc).apply(null,arguments)},Ci=s.dynCall_iijjiiii=function(){return(Ci=s.dynCall_iijjiiii=s.asm.dynCall_iijjiiii).apply(null,arguments)},wi=s.dynCall_jiji=function(){return(wi=s.dynCall_jiji=s.asm.dynCall_jiji).apply(null,arguments)};s.keepRuntimeAlive=he,s.wasmMemory=j,s.cwrap=At,s.ExitStatus=V,s.PThread=H;var Ti;Ce=function e(){Ti||Ei(),Ti||(Ce=e)};function Ei(e){if(e||=f,z>0)return;if(_){c(s),_e(),startWorker(s);return}if(ge(),z>0)return;function t(){Ti||(Ti=!0,s.calledRun=!0,M||(_e(),c(s),s.onRuntimeInitialized&&s.onRuntimeInitialized(),ve()))}s.setStatus?(s.setStatus(`Running...`),setTimeout(function(){setTimeout(function(){s.setStatus(``)},1),t()},1)):t()}if(s.preInit)for(typeof s.preInit==`function`&&(s.preInit=[s.preInit]);s.preInit.length>0;)s.preInit.pop()();Ei();var Di;u&&(Di={uncaughtException:process.listeners(`uncaughtException`).filter(function(e){return!u.uncaughtException.indexOf(e)>-1}),unhandledRejection:process.listeners(`unhandledRejection`).filter(function(e){return!u.unhandledRejection.indexOf(e)>-1})});var Oi;if(typeof WasmBackendModule<`u`)Oi=WasmBackendModule;else if(t!==void 0)Oi=t;else throw Error(`Could not find wasm module in post.js`);if(Di){var ki=Oi._dispose;Oi._dispose=function(){ki(),Di.uncaughtException.forEach(function(e){process.removeListener(`uncaughtException`,e)}),Di.unhandledRejection.forEach(function(e){process.removeListener(`unhandledRejection`,e)})}}return t.ready})})();typeof e==`object`&&typeof t==`object`?t.exports=n:typeof define==`function`&&define.amd?define([],function(){return n}):typeof e==`object`&&(e.WasmBackendModuleThreadedSimd=n)})),Uu=/* @__PURE__ */ t(((e,t)=>{t.exports.wasmWorkerContents=`"use strict";var Module={};var ENVIRONMENT_IS_NODE=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string";if(ENVIRONMENT_IS_NODE){var nodeWorkerThreads=require("worker_threads");var parentPort=nodeWorkerThreads.parentPort;parentPort.on("message",data=>onmessage({data:data}));var fs=require("fs");Object.assign(global,{self:global,require:require,Module:Module,location:{href:__filename},Worker:nodeWorkerThreads.Worker,importScripts:function(f){(0,eval)(fs.readFileSync(f,"utf8")+"//# sourceURL="+f)},postMessage:function(msg){parentPort.postMessage(msg)},performance:global.performance||{now:function(){return Date.now()}}})}var initializedJS=false;var pendingNotifiedProxyingQueues=[];function threadPrintErr(){var text=Array.prototype.slice.call(arguments).join(" ");if(ENVIRONMENT_IS_NODE){fs.writeSync(2,text+"
");return}console.error(text)}function threadAlert(){var text=Array.prototype.slice.call(arguments).join(" ");postMessage({cmd:"alert",text:text,threadId:Module["_pthread_self"]()})}var err=threadPrintErr;self.alert=threadAlert;Module["instantiateWasm"]=(info,receiveInstance)=>{var instance=new WebAssembly.Instance(Module["wasmModule"],info);receiveInstance(instance);Module["wasmModule"]=null;return instance.exports};self.onunhandledrejection=e=>{throw e.reason??e};self.startWorker=instance=>{Module=instance;postMessage({"cmd":"loaded"})};self.onmessage=e=>{try{if(e.data.cmd==="load"){Module["wasmModule"]=e.data.wasmModule;for(const handler of e.data.handlers){Module[handler]=function(){postMessage({cmd:"callHandler",handler:handler,args:[...arguments]})}}Module["wasmMemory"]=e.data.wasmMemory;Module["buffer"]=Module["wasmMemory"].buffer;Module["ENVIRONMENT_IS_PTHREAD"]=true;if(typeof e.data.urlOrBlob=="string"){importScripts(e.data.urlOrBlob)}else{var objectUrl=URL.createObjectURL(e.data.urlOrBlob);importScripts(objectUrl);URL.revokeObjectURL(objectUrl)}WasmBackendModuleThreadedSimd(Module)}else if(e.data.cmd==="run"){Module["__emscripten_thread_init"](e.data.pthread_ptr,0,0,1);Module["establishStackSpace"]();Module["PThread"].receiveObjectTransfer(e.data);Module["PThread"].threadInitTLS();if(!initializedJS){pendingNotifiedProxyingQueues.forEach(queue=>{Module["executeNotifiedProxyingQueue"](queue)});pendingNotifiedProxyingQueues=[];initializedJS=true}try{Module["invokeEntryPoint"](e.data.start_routine,e.data.arg)}catch(ex){if(ex!="unwind"){if(ex instanceof Module["ExitStatus"]){if(Module["keepRuntimeAlive"]()){}else{Module["__emscripten_thread_exit"](ex.status)}}else{throw ex}}}}else if(e.data.cmd==="cancel"){if(Module["_pthread_self"]()){Module["__emscripten_thread_exit"](-1)}}else if(e.data.target==="setimmediate"){}else if(e.data.cmd==="processProxyingQueue"){if(initializedJS){Module["executeNotifiedProxyingQueue"](e.data.queue)}else{pendingNotifiedProxyingQueues.push(e.data.queue)}}else if(e.data.cmd){err("worker.js received unknown command "+e.data.cmd);err(e.data)}}catch(ex){if(Module["__emscripten_thread_crashed"]){Module["__emscripten_thread_crashed"]()}throw ex}};`})),Wu=/* @__PURE__ */ t(((e,t)=>{var n=(()=>{var e=typeof document<`u`&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<`u`&&(e||=__filename),(function(t){t||={};var n=t===void 0?{}:t,r,i;n.ready=new Promise(function(e,t){r=e,i=t});var a;typeof process<`u`&&process.listeners&&(a={uncaughtException:process.listeners(`uncaughtException`),unhandledRejection:process.listeners(`unhandledRejection`)});var o=Object.assign({},n),s=[],c=typeof window==`object`,l=typeof importScripts==`function`,u=typeof process==`object`&&typeof process.versions==`object`&&typeof process.versions.node==`string`,d=``;function f(e){return n.locateFile?n.locateFile(e,d):d+e}var p,m,h;if(u){var g=Xt(),_=Xt();d=l?_.dirname(d)+`/`:__dirname+`/`,p=(e,t)=>(e=pe(e)?new URL(e):_.normalize(e),g.readFileSync(e,t?void 0:`utf8`)),h=e=>{var t=p(e,!0);return t.buffer||(t=new Uint8Array(t)),t},m=(e,t,n)=>{e=pe(e)?new URL(e):_.normalize(e),g.readFile(e,function(e,r){e?n(e):t(r.buffer)})},process.argv.length>1&&process.argv[1].replace(/\\/g,`/`),s=process.argv.slice(2),process.on(`uncaughtException`,function(e){if(!(e instanceof _e))throw e}),process.on(`unhandledRejection`,function(e){throw e}),n.inspect=function(){return`[Emscripten Module object]`}}else(c||l)&&(l?d=self.location.href:typeof document<`u`&&document.currentScript&&(d=document.currentScript.src),e&&(d=e),d=d.indexOf(`blob:`)===0?``:d.substr(0,d.replace(/[?#].*/,``).lastIndexOf(`/`)+1),p=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.send(null),t.responseText},l&&(h=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.responseType=`arraybuffer`,t.send(null),new Uint8Array(t.response)}),m=(e,t,n)=>{var r=new XMLHttpRequest;r.open(`GET`,e,!0),r.responseType=`arraybuffer`,r.onload=()=>{r.status==200||r.status==0&&r.response?t(r.response):n()},r.onerror=n,r.send(null)});var v=n.print||console.log.bind(console),y=n.printErr||console.warn.bind(console);Object.assign(n,o),o=null,n.arguments&&(s=n.arguments),n.thisProgram&&n.thisProgram,n.quit&&n.quit;var b;n.wasmBinary&&(b=n.wasmBinary),n.noExitRuntime,typeof WebAssembly!=`object`&&L(`no native wasm support detected`);var x,S=!1,C=typeof TextDecoder<`u`?new TextDecoder(`utf8`):void 0;function w(e,t,n){t>>>=0;for(var r=t+n,i=t;e[i]&&!(i>=r);)++i;if(i-t>16&&e.buffer&&C)return C.decode(e.subarray(t,i));for(var a=``;t<i;){var o=e[t++];if(!(o&128))a+=String.fromCharCode(o);else{var s=e[t++]&63;if((o&224)==192)a+=String.fromCharCode((o&31)<<6|s);else{var c=e[t++]&63;if(o=(o&240)==224?(o&15)<<12|s<<6|c:(o&7)<<18|s<<12|c<<6|e[t++]&63,o<65536)a+=String.fromCharCode(o);else{var l=o-65536;a+=String.fromCharCode(55296|l>>10,56320|l&1023)}}}}return a}function T(e,t){return e>>>=0,e?w(A,e,t):``}function E(e,t,n,r){if(n>>>=0,!(r>0))return 0;for(var i=n,a=n+r-1,o=0;o<e.length;++o){var s=e.charCodeAt(o);if(s>=55296&&s<=57343){var c=e.charCodeAt(++o);s=65536+((s&1023)<<10)|c&1023}if(s<=127){if(n>=a)break;t[n++>>>0]=s}else if(s<=2047){if(n+1>=a)break;t[n++>>>0]=192|s>>6,t[n++>>>0]=128|s&63}else if(s<=65535){if(n+2>=a)break;t[n++>>>0]=224|s>>12,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}else{if(n+3>=a)break;t[n++>>>0]=240|s>>18,t[n++>>>0]=128|s>>12&63,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}}return t[n>>>0]=0,n-i}function D(e,t,n){return E(e,A,t,n)}var O,k,A,ee,j;function te(e){O=e,n.HEAP8=k=new Int8Array(e),n.HEAP16=new Int16Array(e),n.HEAP32=ee=new Int32Array(e),n.HEAPU8=A=new Uint8Array(e),n.HEAPU16=new Uint16Array(e),n.HEAPU32=j=new Uint32Array(e),n.HEAPF32=new Float32Array(e),n.HEAPF64=new Float64Array(e)}n.INITIAL_MEMORY;var M=[],N=[],P=[];function ne(){if(n.preRun)for(typeof n.preRun==`function`&&(n.preRun=[n.preRun]);n.preRun.length;)ae(n.preRun.shift());ve(M)}function re(){ve(N)}function ie(){if(n.postRun)for(typeof n.postRun==`function`&&(n.postRun=[n.postRun]);n.postRun.length;)F(n.postRun.shift());ve(P)}function ae(e){M.unshift(e)}function oe(e){N.unshift(e)}function F(e){P.unshift(e)}var I=0,se=null,ce=null;function le(e){I++,n.monitorRunDependencies&&n.monitorRunDependencies(I)}function ue(e){if(I--,n.monitorRunDependencies&&n.monitorRunDependencies(I),I==0&&(se!==null&&(clearInterval(se),se=null),ce)){var t=ce;ce=null,t()}}function L(e){n.onAbort&&n.onAbort(e),e=`Aborted(`+e+`)`,y(e),S=!0,e+=`. Build with -sASSERTIONS for more info.`;var t=new WebAssembly.RuntimeError(e);throw i(t),t}var de=`data:application/octet-stream;base64,`;function fe(e){return e.startsWith(de)}function pe(e){return e.startsWith(`file://`)}var R=`tfjs-backend-wasm.wasm`;fe(R)||(R=f(R));function me(e){try{if(e==R&&b)return new Uint8Array(b);if(h)return h(e);throw`both async and sync fetching of the wasm failed`}catch(e){L(e)}}function he(){if(!b&&(c||l)){if(typeof fetch==`function`&&!pe(R))return fetch(R,{credentials:`same-origin`}).then(function(e){if(!e.ok)throw`failed to load wasm binary file at '`+R+`'`;return e.arrayBuffer()}).catch(function(){return me(R)});if(m)return new Promise(function(e,t){m(R,function(t){e(new Uint8Array(t))},t)})}return Promise.resolve().then(function(){return me(R)})}function ge(){var e={env:Ne,wasi_snapshot_preview1:Ne};function t(e,t){n.asm=e.exports,x=n.asm.memory,te(x.buffer),n.asm.__indirect_function_table,oe(n.asm.__wasm_call_ctors),ue(`wasm-instantiate`)}le(`wasm-instantiate`);function r(e){t(e.instance)}function a(t){return he().then(function(t){return WebAssembly.instantiate(t,e)}).then(function(e){return e}).then(t,function(e){y(`failed to asynchronously prepare wasm: `+e),L(e)})}function o(){return!b&&typeof WebAssembly.instantiateStreaming==`function`&&!fe(R)&&!pe(R)&&!u&&typeof fetch==`function`?fetch(R,{credentials:`same-origin`}).then(function(t){return WebAssembly.instantiateStreaming(t,e).then(r,function(e){return y(`wasm streaming compile failed: `+e),y(`falling back to ArrayBuffer instantiation`),a(r)})}):a(r)}if(n.instantiateWasm)try{return n.instantiateWasm(e,t)}catch(e){y(`Module.instantiateWasm callback failed with error: `+e),i(e)}return o().catch(i),{}}function _e(e){this.name=`ExitStatus`,this.message=`Program terminated with exit(`+e+`)`,this.status=e}function ve(e){for(;e.length>0;)e.shift()(n)}function ye(){L(``)}function be(){return 4294901760}function xe(){return be()}function z(e,t,n){A.copyWithin(e>>>0,t>>>0,t+n>>>0)}function Se(e){try{return x.grow(e-O.byteLength+65535>>>16),te(x.buffer),1}catch{}}function Ce(e){var t=A.length;e>>>=0;var n=be();if(e>n)return!1;let r=(e,t)=>e+(t-e%t)%t;for(var i=1;i<=4;i*=2){var a=t*(1+.2/i);if(a=Math.min(a,e+100663296),Se(Math.min(n,r(Math.max(e,a),65536))))return!0}return!1}var we={varargs:void 0,get:function(){return we.varargs+=4,ee[we.varargs-4>>>2]},getStr:function(e){return T(e)}};function Te(e){return 52}function Ee(e,t,n,r,i){return 70}var De=[null,[],[]];function Oe(e,t){var n=De[e];t===0||t===10?((e===1?v:y)(w(n,0)),n.length=0):n.push(t)}function ke(e,t,n,r){for(var i=0,a=0;a<n;a++){var o=j[t>>>2],s=j[t+4>>>2];t+=8;for(var c=0;c<s;c++)Oe(e,A[o+c>>>0]);i+=s}return j[r>>>2]=i,0}function B(e){return n[`_`+e]}function Ae(e,t){k.set(e,t>>>0)}function je(e,t,n,r,i){var a={string:e=>{var t=0;if(e!=null&&e!==0){var n=(e.length<<2)+1;t=pr(n),D(e,t,n)}return t},array:e=>{var t=pr(e.length);return Ae(e,t),t}};function o(e){return t===`string`?T(e):t===`boolean`?!!e:e}var s=B(e),c=[],l=0;if(r)for(var u=0;u<r.length;u++){var d=a[n[u]];d?(l===0&&(l=dr()),c[u]=d(r[u])):c[u]=r[u]}var f=s.apply(null,c);function p(e){return l!==0&&fr(l),o(e)}return f=p(f),f}function Me(e,t,n,r){n||=[];var i=n.every(e=>e===`number`||e===`boolean`);return t!==`string`&&i&&!r?B(e):function(){return je(e,t,n,arguments,r)}}var Ne={abort:ye,emscripten_get_heap_max:xe,emscripten_memcpy_big:z,emscripten_resize_heap:Ce,fd_close:Te,fd_seek:Ee,fd_write:ke};ge();var V=n.___wasm_call_ctors=function(){return(V=n.___wasm_call_ctors=n.asm.__wasm_call_ctors).apply(null,arguments)},Pe=n._init=function(){return(Pe=n._init=n.asm.init).apply(null,arguments)},Fe=n._init_with_threads_count=function(){return(Fe=n._init_with_threads_count=n.asm.init_with_threads_count).apply(null,arguments)},Ie=n._get_threads_count=function(){return(Ie=n._get_threads_count=n.asm.get_threads_count).apply(null,arguments)},Le=n._register_tensor=function(){return(Le=n._register_tensor=n.asm.register_tensor).apply(null,arguments)},Re=n._dispose_data=function(){return(Re=n._dispose_data=n.asm.dispose_data).apply(null,arguments)},ze=n._dispose=function(){return(ze=n._dispose=n.asm.dispose).apply(null,arguments)},Be=n._Abs=function(){return(Be=n._Abs=n.asm.Abs).apply(null,arguments)},Ve=n._Acos=function(){return(Ve=n._Acos=n.asm.Acos).apply(null,arguments)},He=n._Acosh=function(){return(He=n._Acosh=n.asm.Acosh).apply(null,arguments)},H=n._Add=function(){return(H=n._Add=n.asm.Add).apply(null,arguments)},Ue=n._AddN=function(){return(Ue=n._AddN=n.asm.AddN).apply(null,arguments)},We=n._All=function(){return(We=n._All=n.asm.All).apply(null,arguments)},Ge=n._Any=function(){return(Ge=n._Any=n.asm.Any).apply(null,arguments)},Ke=n._ArgMax=function(){return(Ke=n._ArgMax=n.asm.ArgMax).apply(null,arguments)},qe=n._ArgMin=function(){return(qe=n._ArgMin=n.asm.ArgMin).apply(null,arguments)},Je=n._Asin=function(){return(Je=n._Asin=n.asm.Asin).apply(null,arguments)},Ye=n._Asinh=function(){return(Ye=n._Asinh=n.asm.Asinh).apply(null,arguments)},Xe=n._Atan=function(){return(Xe=n._Atan=n.asm.Atan).apply(null,arguments)},Ze=n._Atan2=function(){return(Ze=n._Atan2=n.asm.Atan2).apply(null,arguments)},Qe=n._Atanh=function(){return(Qe=n._Atanh=n.asm.Atanh).apply(null,arguments)},$e=n._AvgPool=function(){return($e=n._AvgPool=n.asm.AvgPool).apply(null,arguments)},et=n._AvgPool3D=function(){return(et=n._AvgPool3D=n.asm.AvgPool3D).apply(null,arguments)},tt=n._AvgPool3DGrad=function(){return(tt=n._AvgPool3DGrad=n.asm.AvgPool3DGrad).apply(null,arguments)},nt=n._AvgPoolGrad=function(){return(nt=n._AvgPoolGrad=n.asm.AvgPoolGrad).apply(null,arguments)},rt=n._BatchMatMul=function(){return(rt=n._BatchMatMul=n.asm.BatchMatMul).apply(null,arguments)},it=n._Bincount=function(){return(it=n._Bincount=n.asm.Bincount).apply(null,arguments)},at=n._BitwiseAnd=function(){return(at=n._BitwiseAnd=n.asm.BitwiseAnd).apply(null,arguments)},ot=n._Ceil=function(){return(ot=n._Ceil=n.asm.Ceil).apply(null,arguments)},st=n._ClipByValue=function(){return(st=n._ClipByValue=n.asm.ClipByValue).apply(null,arguments)},ct=n._Conv2D=function(){return(ct=n._Conv2D=n.asm.Conv2D).apply(null,arguments)},lt=n._Conv2DBackpropInput=function(){return(lt=n._Conv2DBackpropInput=n.asm.Conv2DBackpropInput).apply(null,arguments)},ut=n._Conv3D=function(){return(ut=n._Conv3D=n.asm.Conv3D).apply(null,arguments)},dt=n._Conv3DBackpropFilterV2=function(){return(dt=n._Conv3DBackpropFilterV2=n.asm.Conv3DBackpropFilterV2).apply(null,arguments)},ft=n._Conv3DBackpropInputV2=function(){return(ft=n._Conv3DBackpropInputV2=n.asm.Conv3DBackpropInputV2).apply(null,arguments)},pt=n._Cos=function(){return(pt=n._Cos=n.asm.Cos).apply(null,arguments)},mt=n._Cosh=function(){return(mt=n._Cosh=n.asm.Cosh).apply(null,arguments)},ht=n._CropAndResize=function(){return(ht=n._CropAndResize=n.asm.CropAndResize).apply(null,arguments)},gt=n._Cumprod=function(){return(gt=n._Cumprod=n.asm.Cumprod).apply(null,arguments)},_t=n._Cumsum=function(){return(_t=n._Cumsum=n.asm.Cumsum).apply(null,arguments)},vt=n._DenseBincount=function(){return(vt=n._DenseBincount=n.asm.DenseBincount).apply(null,arguments)},yt=n._DepthToSpace=function(){return(yt=n._DepthToSpace=n.asm.DepthToSpace).apply(null,arguments)},bt=n._DepthwiseConv2dNative=function(){return(bt=n._DepthwiseConv2dNative=n.asm.DepthwiseConv2dNative).apply(null,arguments)},xt=n._Diag=function(){return(xt=n._Diag=n.asm.Diag).apply(null,arguments)},St=n._Dilation2D=function(){return(St=n._Dilation2D=n.asm.Dilation2D).apply(null,arguments)},Ct=n._Dilation2DBackpropFilter=function(){return(Ct=n._Dilation2DBackpropFilter=n.asm.Dilation2DBackpropFilter).apply(null,arguments)},wt=n._Dilation2DBackpropInput=function(){return(wt=n._Dilation2DBackpropInput=n.asm.Dilation2DBackpropInput).apply(null,arguments)},Tt=n._Elu=function(){return(Tt=n._Elu=n.asm.Elu).apply(null,arguments)},Et=n._EluGrad=function(){return(Et=n._EluGrad=n.asm.EluGrad).apply(null,arguments)},Dt=n._Equal=function(){return(Dt=n._Equal=n.asm.Equal).apply(null,arguments)},Ot=n._Erf=function(){return(Ot=n._Erf=n.asm.Erf).apply(null,arguments)},kt=n._Exp=function(){return(kt=n._Exp=n.asm.Exp).apply(null,arguments)},At=n._Expm1=function(){return(At=n._Expm1=n.asm.Expm1).apply(null,arguments)},jt=n._FlipLeftRight=function(){return(jt=n._FlipLeftRight=n.asm.FlipLeftRight).apply(null,arguments)},Mt=n._Floor=function(){return(Mt=n._Floor=n.asm.Floor).apply(null,arguments)},Nt=n._FloorDiv=function(){return(Nt=n._FloorDiv=n.asm.FloorDiv).apply(null,arguments)},Pt=n._FusedBatchNorm=function(){return(Pt=n._FusedBatchNorm=n.asm.FusedBatchNorm).apply(null,arguments)},Ft=n._FusedConv2D=function(){return(Ft=n._FusedConv2D=n.asm.FusedConv2D).apply(null,arguments)},It=n._FusedDepthwiseConv2D=function(){return(It=n._FusedDepthwiseConv2D=n.asm.FusedDepthwiseConv2D).apply(null,arguments)},Lt=n._Gather=function(){return(Lt=n._Gather=n.asm.Gather).apply(null,arguments)},Rt=n._GatherNd=function(){return(Rt=n._GatherNd=n.asm.GatherNd).apply(null,arguments)},zt=n._Greater=function(){return(zt=n._Greater=n.asm.Greater).apply(null,arguments)},Bt=n._GreaterEqual=function(){return(Bt=n._GreaterEqual=n.asm.GreaterEqual).apply(null,arguments)},U=n._IsFinite=function(){return(U=n._IsFinite=n.asm.IsFinite).apply(null,arguments)},Vt=n._IsInf=function(){return(Vt=n._IsInf=n.asm.IsInf).apply(null,arguments)},Ht=n._IsNan=function(){return(Ht=n._IsNan=n.asm.IsNan).apply(null,arguments)},Ut=n._LRN=function(){return(Ut=n._LRN=n.asm.LRN).apply(null,arguments)},Wt=n._LRNGrad=function(){return(Wt=n._LRNGrad=n.asm.LRNGrad).apply(null,arguments)},Gt=n._LeakyRelu=function(){return(Gt=n._LeakyRelu=n.asm.LeakyRelu).apply(null,arguments)},Kt=n._Less=function(){return(Kt=n._Less=n.asm.Less).apply(null,arguments)},qt=n._LessEqual=function(){return(qt=n._LessEqual=n.asm.LessEqual).apply(null,arguments)},Jt=n._LinSpace=function(){return(Jt=n._LinSpace=n.asm.LinSpace).apply(null,arguments)},Yt=n._Log=function(){return(Yt=n._Log=n.asm.Log).apply(null,arguments)},Zt=n._Log1p=function(){return(Zt=n._Log1p=n.asm.Log1p).apply(null,arguments)},Qt=n._LogicalAnd=function(){return(Qt=n._LogicalAnd=n.asm.LogicalAnd).apply(null,arguments)},W=n._LogicalNot=function(){return(W=n._LogicalNot=n.asm.LogicalNot).apply(null,arguments)},$t=n._LogicalOr=function(){return($t=n._LogicalOr=n.asm.LogicalOr).apply(null,arguments)},en=n._LogicalXor=function(){return(en=n._LogicalXor=n.asm.LogicalXor).apply(null,arguments)},tn=n._Max=function(){return(tn=n._Max=n.asm.Max).apply(null,arguments)},nn=n._MaxPool=function(){return(nn=n._MaxPool=n.asm.MaxPool).apply(null,arguments)},rn=n._MaxPool3D=function(){return(rn=n._MaxPool3D=n.asm.MaxPool3D).apply(null,arguments)},an=n._MaxPool3DGrad=function(){return(an=n._MaxPool3DGrad=n.asm.MaxPool3DGrad).apply(null,arguments)},on=n._MaxPoolGrad=function(){return(on=n._MaxPoolGrad=n.asm.MaxPoolGrad).apply(null,arguments)},sn=n._MaxPoolWithArgmax=function(){return(sn=n._MaxPoolWithArgmax=n.asm.MaxPoolWithArgmax).apply(null,arguments)},cn=n._Maximum=function(){return(cn=n._Maximum=n.asm.Maximum).apply(null,arguments)},ln=n._Mean=function(){return(ln=n._Mean=n.asm.Mean).apply(null,arguments)},un=n._Min=function(){return(un=n._Min=n.asm.Min).apply(null,arguments)},dn=n._Minimum=function(){return(dn=n._Minimum=n.asm.Minimum).apply(null,arguments)},fn=n._MirrorPad=function(){return(fn=n._MirrorPad=n.asm.MirrorPad).apply(null,arguments)},pn=n._Mod=function(){return(pn=n._Mod=n.asm.Mod).apply(null,arguments)},mn=n._Multinomial=function(){return(mn=n._Multinomial=n.asm.Multinomial).apply(null,arguments)},hn=n._Multiply=function(){return(hn=n._Multiply=n.asm.Multiply).apply(null,arguments)},gn=n._Neg=function(){return(gn=n._Neg=n.asm.Neg).apply(null,arguments)},_n=n._NonMaxSuppressionV3=function(){return(_n=n._NonMaxSuppressionV3=n.asm.NonMaxSuppressionV3).apply(null,arguments)},vn=n._NonMaxSuppressionV4=function(){return(vn=n._NonMaxSuppressionV4=n.asm.NonMaxSuppressionV4).apply(null,arguments)},yn=n._NonMaxSuppressionV5=function(){return(yn=n._NonMaxSuppressionV5=n.asm.NonMaxSuppressionV5).apply(null,arguments)},bn=n._NotEqual=function(){return(bn=n._NotEqual=n.asm.NotEqual).apply(null,arguments)},xn=n._OneHot=function(){return(xn=n._OneHot=n.asm.OneHot).apply(null,arguments)},Sn=n._PadV2=function(){return(Sn=n._PadV2=n.asm.PadV2).apply(null,arguments)},Cn=n._Pow=function(){return(Cn=n._Pow=n.asm.Pow).apply(null,arguments)},wn=n._Prelu=function(){return(wn=n._Prelu=n.asm.Prelu).apply(null,arguments)},Tn=n._Prod=function(){return(Tn=n._Prod=n.asm.Prod).apply(null,arguments)},En=n._RealDiv=function(){return(En=n._RealDiv=n.asm.RealDiv).apply(null,arguments)},G=n._Reciprocal=function(){return(G=n._Reciprocal=n.asm.Reciprocal).apply(null,arguments)},Dn=n._Relu=function(){return(Dn=n._Relu=n.asm.Relu).apply(null,arguments)},On=n._Relu6=function(){return(On=n._Relu6=n.asm.Relu6).apply(null,arguments)},kn=n._ResizeBilinear=function(){return(kn=n._ResizeBilinear=n.asm.ResizeBilinear).apply(null,arguments)},An=n._ResizeBilinearGrad=function(){return(An=n._ResizeBilinearGrad=n.asm.ResizeBilinearGrad).apply(null,arguments)},jn=n._ResizeNearestNeighbor=function(){return(jn=n._ResizeNearestNeighbor=n.asm.ResizeNearestNeighbor).apply(null,arguments)},Mn=n._ResizeNearestNeighborGrad=function(){return(Mn=n._ResizeNearestNeighborGrad=n.asm.ResizeNearestNeighborGrad).apply(null,arguments)},Nn=n._Reverse=function(){return(Nn=n._Reverse=n.asm.Reverse).apply(null,arguments)},Pn=n._RotateWithOffset=function(){return(Pn=n._RotateWithOffset=n.asm.RotateWithOffset).apply(null,arguments)},Fn=n._Round=function(){return(Fn=n._Round=n.asm.Round).apply(null,arguments)},In=n._Rsqrt=function(){return(In=n._Rsqrt=n.asm.Rsqrt).apply(null,arguments)},Ln=n._ScatterNd=function(){return(Ln=n._ScatterNd=n.asm.ScatterNd).apply(null,arguments)},Rn=n._SearchSorted=function(){return(Rn=n._SearchSorted=n.asm.SearchSorted).apply(null,arguments)},zn=n._SelectV2=function(){return(zn=n._SelectV2=n.asm.SelectV2).apply(null,arguments)},Bn=n._Selu=function(){return(Bn=n._Selu=n.asm.Selu).apply(null,arguments)},Vn=n._Sigmoid=function(){return(Vn=n._Sigmoid=n.asm.Sigmoid).apply(null,arguments)},Hn=n._Sign=function(){return(Hn=n._Sign=n.asm.Sign).apply(null,arguments)},Un=n._Sin=function(){return(Un=n._Sin=n.asm.Sin).apply(null,arguments)},Wn=n._Sinh=function(){return(Wn=n._Sinh=n.asm.Sinh).apply(null,arguments)},Gn=n._Softmax=function(){return(Gn=n._Softmax=n.asm.Softmax).apply(null,arguments)},Kn=n._Softplus=function(){return(Kn=n._Softplus=n.asm.Softplus).apply(null,arguments)},qn=n._SparseFillEmptyRows=function(){return(qn=n._SparseFillEmptyRows=n.asm.SparseFillEmptyRows).apply(null,arguments)},Jn=n._SparseReshape=function(){return(Jn=n._SparseReshape=n.asm.SparseReshape).apply(null,arguments)},Yn=n._SparseSegmentReduction=function(){return(Yn=n._SparseSegmentReduction=n.asm.SparseSegmentReduction).apply(null,arguments)},Xn=n._SparseToDense=function(){return(Xn=n._SparseToDense=n.asm.SparseToDense).apply(null,arguments)},Zn=n._Sqrt=function(){return(Zn=n._Sqrt=n.asm.Sqrt).apply(null,arguments)},Qn=n._Square=function(){return(Qn=n._Square=n.asm.Square).apply(null,arguments)},$n=n._SquaredDifference=function(){return($n=n._SquaredDifference=n.asm.SquaredDifference).apply(null,arguments)},er=n._Step=function(){return(er=n._Step=n.asm.Step).apply(null,arguments)},tr=n._StridedSlice=function(){return(tr=n._StridedSlice=n.asm.StridedSlice).apply(null,arguments)},K=n._Sub=function(){return(K=n._Sub=n.asm.Sub).apply(null,arguments)},nr=n._Sum=function(){return(nr=n._Sum=n.asm.Sum).apply(null,arguments)},q=n._Tan=function(){return(q=n._Tan=n.asm.Tan).apply(null,arguments)},rr=n._Tanh=function(){return(rr=n._Tanh=n.asm.Tanh).apply(null,arguments)},ir=n._TensorScatterUpdate=function(){return(ir=n._TensorScatterUpdate=n.asm.TensorScatterUpdate).apply(null,arguments)},ar=n._Tile=function(){return(ar=n._Tile=n.asm.Tile).apply(null,arguments)},or=n._TopK=function(){return(or=n._TopK=n.asm.TopK).apply(null,arguments)},sr=n._Transform=function(){return(sr=n._Transform=n.asm.Transform).apply(null,arguments)},J=n._Transpose=function(){return(J=n._Transpose=n.asm.Transpose).apply(null,arguments)},cr=n.__FusedMatMul=function(){return(cr=n.__FusedMatMul=n.asm._FusedMatMul).apply(null,arguments)},lr=n._malloc=function(){return(lr=n._malloc=n.asm.malloc).apply(null,arguments)},ur=n._free=function(){return(ur=n._free=n.asm.free).apply(null,arguments)},Y=n.___errno_location=function(){return(Y=n.___errno_location=n.asm.__errno_location).apply(null,arguments)},dr=n.stackSave=function(){return(dr=n.stackSave=n.asm.stackSave).apply(null,arguments)},fr=n.stackRestore=function(){return(fr=n.stackRestore=n.asm.stackRestore).apply(null,arguments)},pr=n.stackAlloc=function(){return(pr=n.stackAlloc=n.asm.stackAlloc).apply(null,arguments)},mr=n.dynCall_iijjiiii=function(){return(mr=n.dynCall_iijjiiii=n.asm.dynCall_iijjiiii).apply(null,arguments)},hr=n.dynCall_jiji=function(){return(hr=n.dynCall_jiji=n.asm.dynCall_jiji).apply(null,arguments)};n.cwrap=Me;var X;ce=function e(){X||gr(),X||(ce=e)};function gr(e){if(e||=s,I>0||(ne(),I>0))return;function t(){X||(X=!0,n.calledRun=!0,S||(re(),r(n),n.onRuntimeInitialized&&n.onRuntimeInitialized(),ie()))}n.setStatus?(n.setStatus(`Running...`),setTimeout(function(){setTimeout(function(){n.setStatus(``)},1),t()},1)):t()}if(n.preInit)for(typeof n.preInit==`function`&&(n.preInit=[n.preInit]);n.preInit.length>0;)n.preInit.pop()();gr();var _r;a&&(_r={uncaughtException:process.listeners(`uncaughtException`).filter(function(e){return!a.uncaughtException.indexOf(e)>-1}),unhandledRejection:process.listeners(`unhandledRejection`).filter(function(e){return!a.unhandledRejection.indexOf(e)>-1})});var vr;if(t!==void 0)vr=t;else if(typeof WasmBackendModuleThreadedSimd<`u`)vr=WasmBackendModuleThreadedSimd;else throw Error(`Could not find wasm module in post.js`);if(_r){var Z=vr._dispose;vr._dispose=function(){Z(),_r.uncaughtException.forEach(function(e){process.removeListener(`uncaughtException`,e)}),_r.unhandledRejection.forEach(function(e){process.removeListener(`unhandledRejection`,e)})}}return t.ready})})();typeof e==`object`&&typeof t==`object`?t.exports=n:typeof define==`function`&&define.amd?define([],function(){return n}):typeof e==`object`&&(e.WasmBackendModule=n)})),Gu=/* @__PURE__ */ e(Hu()),Ku=Uu(),qu=/* @__PURE__ */ e(Wu());
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
const Ju=Gu.default||Gu,Yu=qu.default||qu;var Xu=class extends se{constructor(e){super(),this.wasm=e,this.dataIdNextNumber=1,this.wasm.tfjs.initWithThreadsCount(cd),ld=this.wasm.tfjs.getThreadsCount(),this.dataIdMap=new f(this,h())}write(e,t,n){let r={id:this.dataIdNextNumber++};return this.move(r,e,t,n,1),r}numDataIds(){return this.dataIdMap.numDataIds()}async time(e){let t=je();return e(),{kernelMs:je()-t}}move(e,t,n,i,a){let o=this.dataIdNextNumber++;if(i===`string`){let r=t;this.dataIdMap.set(e,{id:o,stringBytes:r,shape:n,dtype:i,memoryOffset:null,refCount:a});return}let s=W(n),c=s*r(i),l=this.wasm._malloc(c)>>>0;this.dataIdMap.set(e,{id:o,memoryOffset:l,shape:n,dtype:i,refCount:a}),this.wasm.tfjs.registerTensor(o,s,l),t!=null&&this.wasm.HEAPU8.set(new Uint8Array(t.buffer,t.byteOffset,c),l)}async read(e){return this.readSync(e)}readSync(e,t,n){let{memoryOffset:i,dtype:a,shape:o,stringBytes:s}=this.dataIdMap.get(e);if(a===`string`)return(t==null||t===0)&&(n==null||n>=s.length)?s:s.slice(t,n);t||=0,n||=W(o);let c=r(a);return ed(this.wasm.HEAPU8.slice(i+t*c,i+n*c).buffer,a)}disposeData(e,t=!1){if(this.dataIdMap.has(e)){let n=this.dataIdMap.get(e);if(n.refCount--,!t&&n.refCount>0)return!1;this.wasm._free(n.memoryOffset),this.wasm.tfjs.disposeData(n.id),this.dataIdMap.delete(e)}return!0}refCount(e){return this.dataIdMap.has(e)?this.dataIdMap.get(e).refCount:0}incRef(e){let t=this.dataIdMap.get(e);t!=null&&t.refCount++}floatPrecision(){return 32}getMemoryOffset(e){return this.dataIdMap.get(e).memoryOffset}dispose(){this.wasm.tfjs.dispose(),`PThread`in this.wasm&&this.wasm.PThread.terminateAllThreads(),this.wasm=null}memory(){return{unreliable:!1}}makeOutput(e,t,n,r){let i;if(n==null)i=this.write(r??null,e,t);else{let r=this.dataIdNextNumber++;i={id:r},this.dataIdMap.set(i,{id:r,memoryOffset:n,shape:e,dtype:t,refCount:1});let a=W(e);this.wasm.tfjs.registerTensor(r,a,n)}return{dataId:i,shape:e,dtype:t}}typedArrayFromHeap({shape:e,dtype:t,dataId:n}){let r=this.wasm.HEAPU8.buffer,{memoryOffset:i}=this.dataIdMap.get(n),a=W(e);switch(t){case`float32`:return new Float32Array(r,i,a);case`int32`:return new Int32Array(r,i,a);case`bool`:return new Uint8Array(r,i,a);default:throw Error(`Unknown dtype ${t}`)}}};function Zu(e){return(t,n)=>(A(e,{credentials:`same-origin`}).then(r=>{r.ok||t.env.a(`failed to load wasm binary file at '${e}'`),r.arrayBuffer().then(e=>{WebAssembly.instantiate(e,t).then(e=>{n(e.instance,e.module)})})}),{})}function Qu(e,t,n){if(nd!=null)return nd;let r=`tfjs-backend-wasm.wasm`;return e&&t?r=`tfjs-backend-wasm-threaded-simd.wasm`:e&&(r=`tfjs-backend-wasm-simd.wasm`),id!=null&&id[r]!=null?id[r]:n+r}async function $u(){let[e,t]=await Promise.all([Mt().getAsync(`WASM_HAS_SIMD_SUPPORT`),Mt().getAsync(`WASM_HAS_MULTITHREAD_SUPPORT`)]);return new Promise((n,r)=>{let i={};i.locateFile=(n,r)=>{if(n.endsWith(`.worker.js`)){let e=Ku.wasmWorkerContents.replace(/\n/g,`\\n`),t=new Blob([e],{type:`application/javascript`});return URL.createObjectURL(t)}return n.endsWith(`.wasm`)?Qu(e,t,rd??r):r+n},od&&(i.instantiateWasm=Zu(Qu(e,t,rd??``)));let a=!1;i.onAbort=()=>{a||ad||(ad=!0,r({message:"Make sure the server can serve the `.wasm` file relative to the bundled js file. For more details see https://github.com/tensorflow/tfjs/blob/master/tfjs-backend-wasm/README.md#using-bundlers"}))};let o;t&&e&&nd==null?(i.mainScriptUrlOrBlob=new Blob([`var WasmBackendModuleThreadedSimd = `+Ju.toString()],{type:`text/javascript`}),o=Ju(i)):o=Yu(i),o.then(e=>{a=!0,ad=!1,e.tfjs={init:e.cwrap(`init`,null,[]),initWithThreadsCount:e.cwrap(`init_with_threads_count`,null,[`number`]),getThreadsCount:e.cwrap(`get_threads_count`,`number`,[]),registerTensor:e.cwrap(`register_tensor`,null,[`number`,`number`,`number`]),disposeData:e.cwrap(`dispose_data`,null,[`number`]),dispose:e.cwrap(`dispose`,null,[])},n({wasm:e})}).catch(r)})}function ed(e,t){switch(t){case`float32`:return new Float32Array(e);case`int32`:return new Int32Array(e);case`bool`:return new Uint8Array(e);default:throw Error(`Unknown dtype ${t}`)}}const td=[`tfjs-backend-wasm.wasm`,`tfjs-backend-wasm-simd.wasm`,`tfjs-backend-wasm-threaded-simd.wasm`];let nd=null,rd=null,id={},ad=!1,od=!1;function sd(e,t=!1){if(ad)throw Error("The WASM backend was already initialized. Make sure you call `setWasmPaths()` before you call `tf.setBackend()` or `tf.ready()`");if(typeof e==`string`)rd=e;else{id=e;let t=td.filter(e=>id[e]==null);if(t.length>0)throw Error(`There were no entries found for the following binaries: ${t.join(`,`)}. Please either call setWasmPaths with a map providing a path for each binary, or with a string indicating the directory where all the binaries can be found.`)}od=t}let cd=-1,ld=-1;
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
a(`wasm`,async()=>{let{wasm:e}=await $u();return new Xu(e)},2);
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
export{sd as setWasmPaths};