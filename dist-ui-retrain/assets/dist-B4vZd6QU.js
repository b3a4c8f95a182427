import{a as e,t}from"./rolldown-runtime-BWaJ3C7D.js";import{$f as n,$p as r,Af as i,Am as a,Ap as o,Bm as s,Bp as c,C as l,Cm as u,Cp as d,Dm as f,Ef as p,Em as m,Fd as h,Ff as g,Fh as _,Fm as v,Fp as y,Gl as b,Gm as x,Gp as S,Hf as C,Hm as w,Hp as T,If as E,Im as D,Ip as O,Jf as k,Jl as A,Jp as j,Js as M,Kl as N,Km as ee,Kp as P,Ks as F,Lf as I,Lm as te,Lp as ne,Lt as re,Mf as ie,Mm as L,Mp as R,Mt as ae,Nf as z,Nm as oe,Np as se,Nt as B,O as ce,Of as le,Oh as V,Om as H,Op as ue,Ot as de,Pf as fe,Ph as pe,Pp as me,Qf as he,Rd as ge,Rf as _e,Rm as ve,Rp as ye,Sf as be,Sm as xe,Sp as Se,T as Ce,Tf as we,Th as Te,Tm as Ee,Tp as U,Uf as De,Um as Oe,Up as ke,Vf as Ae,Vm as je,Vp as Me,Vu as Ne,Wf as Pe,Wm as Fe,Wp as Ie,Xf as Le,Xl as Re,Xm as ze,Xs as Be,Yd as Ve,Yf as W,Yl as He,Yp as Ue,Ys as We,Yu as Ge,Zf as Ke,Zl as qe,Zm as Je,Zs as Ye,_ as Xe,_c as Ze,_f as Qe,_m as $e,_p as et,_t as tt,a as nt,af as rt,ah as it,am as at,ap as ot,b as st,bf as ct,bm as lt,bp as ut,c as dt,cf as ft,ch as G,cm as pt,cp as mt,dd as ht,df as gt,dm as _t,ef as vt,ep as yt,et as bt,f as xt,ff as St,fm as Ct,fp as wt,gf as Tt,gm as Et,gp as Dt,gt as Ot,h as kt,hf as At,hh as jt,hm as Mt,hp as Nt,hr as Pt,id as Ft,if as It,ih as K,im as Lt,ip as Rt,it as zt,jf as Bt,jm as Vt,jp as Ht,jt as Ut,kf as Wt,km as Gt,kp as Kt,kt as qt,lf as Jt,lm as Yt,m as Xt,mf as Zt,mh as Qt,mm as $t,mp as en,nf as tn,nm as nn,np as rn,nt as an,of as on,oh as sn,om as cn,op as ln,ot as un,p as dn,pf as fn,pm as pn,pp as mn,qf as hn,ql as gn,qm as _n,qs as vn,rf as yn,rm as bn,rp as xn,rt as Sn,sf as Cn,sm as wn,sp as Tn,t as q,tf as En,th as Dn,tm as On,tt as kn,uf as An,um as jn,up as Mn,v as Nn,vf as Pn,vm as Fn,vp as In,w as Ln,wm as Rn,wp as zn,x as Bn,xf as Vn,xm as Hn,y as Un,ym as Wn,yp as Gn,zm as Kn,zp as qn}from"./dist-BziI5Umx.js";import{a as Jn,c as Yn,f as Xn,g as Zn,h as Qn,i as $n,l as er,m as tr,n as nr,o as rr,p as ir,r as ar,s as or,t as sr}from"./Unique_impl-DrZEPa8T.js";q();
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
var J;(function(e){e[e.float32=0]=`float32`,e[e.int32=1]=`int32`,e[e.bool=2]=`bool`,e[e.string=3]=`string`,e[e.complex64=4]=`complex64`})(J||={});var cr;(function(e){e[e.linear=0]=`linear`,e[e.relu=1]=`relu`,e[e.relu6=2]=`relu6`,e[e.prelu=3]=`prelu`,e[e.leakyrelu=4]=`leakyrelu`,e[e.sigmoid=5]=`sigmoid`,e[e.elu=6]=`elu`})(cr||={});
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
let lr;function ur(e){lr=e.wasm.cwrap(Je,null,[`number`,`array`,`number`,`number`,`array`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function dr(e){let{inputs:t,backend:n,attrs:r}=e,{a:i,b:a,bias:o,preluActivationWeights:s}=t;if(i.dtype!==`float32`||a.dtype!==`float32`)throw Error(`_FusedMatMul for non non-float32 tensors not yet supported.`);let{transposeA:c,transposeB:l,activation:u,leakyreluAlpha:d}=r,f=n.dataIdMap.get(i.dataId).id,p=n.dataIdMap.get(a.dataId).id,m=0;if(o!=null){let e=n.dataIdMap.get(o.dataId);if(e.shape.length!==1)throw Error(`_FusedMatMul only supports rank-1 bias but got rank ${e.shape.length}.`);m=e.id}let h=s==null?0:n.dataIdMap.get(s.dataId).id,g=cr[u];if(g==null)throw Error(`${u} activation not yet supported for FusedConv2D in the wasm backend.`);let _=c?i.shape[2]:i.shape[1],v=l?a.shape[1]:a.shape[2],y=Ze(i.shape.slice(0,-2),a.shape.slice(0,-2)),b=n.makeOutput([...y,_,v],i.dtype),x=n.dataIdMap.get(b.dataId).id,S=new Uint8Array(new Int32Array(i.shape).buffer),C=new Uint8Array(new Int32Array(a.shape).buffer);return lr(f,S,i.shape.length,p,C,a.shape.length,c,l,g,m,h,d||0,x),b}const fr={kernelName:Je,backendName:`wasm`,setupFunc:ur,kernelFunc:dr};q();
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
function Y(e,t){let n;function r(t){n=t.wasm.cwrap(e,null,[`number`,`number`,`number`])}function i(e){let{backend:r,inputs:{x:i}}=e,a=r.dataIdMap.get(i.dataId).id,o=r.makeOutput(i.shape,t||i.dtype),s=r.dataIdMap.get(o.dataId).id;return V(o.shape)===0||n(a,J[i.dtype],s),o}return{kernelName:e,backendName:`wasm`,setupFunc:r,kernelFunc:i}}q();
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
const pr=Y(`Abs`);q();
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
const mr=Y(vt);q();
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
const hr=Y(En);q();
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
function X(e,t,n){let r;function i(t){r=t.wasm.cwrap(e,null,[`number`,`array`,`number`,`number`,`array`,`number`,`number`,`number`])}function a(e){let{backend:t,inputs:i}=e,{a,b:o}=i,s=t.dataIdMap.get(a.dataId).id,c=t.dataIdMap.get(o.dataId).id,l=n??a.dtype,u=Ze(a.shape,o.shape),d=t.makeOutput(u,l);if(V(u)===0)return d;let f=new Uint8Array(new Int32Array(a.shape).buffer),p=new Uint8Array(new Int32Array(o.shape).buffer),m=t.dataIdMap.get(d.dataId).id;return r(s,f,a.shape.length,c,p,o.shape.length,J[a.dtype],m),d}return{kernelName:e,backendName:`wasm`,setupFunc:i,kernelFunc:a}}q();
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
const gr=X(`Add`,!0);q();
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
let _r;function vr(e){_r=e.wasm.cwrap(tn,null,[`array`,`number`,`number`,`number`])}function yr(e){let{inputs:t,backend:n}=e,r=n.makeOutput(t[0].shape,t[0].dtype);if(V(r.shape)===0)return r;let i=t.map(e=>n.dataIdMap.get(e.dataId).id),a=new Uint8Array(new Int32Array(i).buffer),o=n.dataIdMap.get(r.dataId).id;return _r(a,i.length,J[r.dtype],o),r}const br={kernelName:tn,backendName:`wasm`,setupFunc:vr,kernelFunc:yr};q();
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
function xr(e){let{inputs:{x:t},backend:n}=e;if(t.dtype===`string`)return ht(n.readSync(t.dataId),t.shape,t.dtype);let r=n.makeOutput(t.shape,t.dtype),i=n.typedArrayFromHeap(t);return n.typedArrayFromHeap(r).set(i),r}const Sr={kernelName:Mn,backendName:`wasm`,kernelFunc:xr};q();
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
let Cr;function wr(e){Cr=e.wasm.cwrap(x,null,[`number`,`array`,`number`,`number`,`number`,`array`,`number`])}function Z(e){let{inputs:t,backend:n,attrs:r}=e,[i,a]=Er(t.x.shape,r.perm),o=!0;for(let e=0;e<a.length;e++)a[e]!==e&&(o=!1);let s=Tr(t.x.shape,r.perm),c={dataId:t.x.dataId,shape:i,dtype:t.x.dtype};if(o){let e=xr({inputs:t,backend:n});return e.shape=s,e}let l=n.makeOutput(s,c.dtype),u=n.dataIdMap.get(c.dataId).id,d=n.dataIdMap.get(l.dataId).id,f=new Uint8Array(new Int32Array(a).buffer),p=new Uint8Array(new Int32Array(c.shape).buffer);return Cr(u,p,c.shape.length,J[c.dtype],d,f,a.length),l}function Tr(e,t){let n=Array(e.length);for(let r=0;r<n.length;r++)n[r]=e[t[r]];return n}function Er(e,t){let n=[],r=[];for(let i=0;i<e.length;++i)e[i]!==1&&n.push(e[i]),e[t[i]]!==1&&r.push(t[i]);for(let e=0;e<r.length;++e){let t=-1;for(let n=0;n<r.length;++n)r[n]>=e&&(t===-1||r[t]>r[n])&&(t=n);r[t]=e}return[n,r]}const Dr={kernelName:x,backendName:`wasm`,kernelFunc:Z,setupFunc:wr};q();
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
function Or(e,t,n){let r=e.shape,i=e.shape.length,a=Te(t,r),o=a,s=We(o,i),c=null,l=!1;if(s!=null){let t=Array(i);for(let e=0;e<t.length;e++)t[e]=r[s[e]];o=Be(o.length,i),c=Z({inputs:{x:e},attrs:{perm:s},backend:n});let a=n.dataIdMap.get(e.dataId).id;n.dataIdMap.get(c.dataId).id!==a&&(l=!0)}return{transposed:c,originalAxes:a,axes:o,inputWasTransposed:l}}q();
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
let kr;function Ar(e){kr=e.wasm.cwrap(`All`,null,[`number, number, number`])}function jr(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=o,{transposed:l,axes:u,originalAxes:d,inputWasTransposed:f}=Or(o,i,t);if(f){let e=t.dataIdMap.get(l.dataId).id;c=l,s=e}let p=c.shape.length;F(`all`,u,p);let[m,h]=vn(c.shape,u),g=V(h),_=t.makeOutput(m,o.dtype);if(V(c.shape)!==0){let e=t.dataIdMap.get(_.dataId).id;kr(s,g,e)}return f&&t.disposeData(l.dataId),a&&(_.shape=M(_.shape,d)),_}const Mr={kernelName:`All`,backendName:`wasm`,setupFunc:Ar,kernelFunc:jr};q();
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
let Nr;function Pr(e){Nr=e.wasm.cwrap(`Any`,null,[`number, number, number`])}function Fr(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=o,{transposed:l,axes:u,originalAxes:d,inputWasTransposed:f}=Or(o,i,t);if(f){let e=t.dataIdMap.get(l.dataId).id;c=l,s=e}let p=c.shape.length;F(`any`,u,p);let[m,h]=vn(c.shape,u),g=V(h),_=t.makeOutput(m,o.dtype);if(V(c.shape)!==0){let e=t.dataIdMap.get(_.dataId).id;Nr(s,g,e)}return f&&t.disposeData(l.dataId),a&&(_.shape=M(_.shape,d)),_}const Ir={kernelName:`Any`,backendName:`wasm`,setupFunc:Pr,kernelFunc:Fr};q();
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
function Lr(e){let t;function n(n){t=n.wasm.cwrap(e,null,[`number`,`number`,`number`,`number`,`number`])}function r(e){let{backend:n,inputs:r,attrs:i}=e,{axis:a}=i,{x:o}=r,s=n.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,inputWasTransposed:f}=Or(o,a,n);if(f){let e=n.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e)}let p=l.shape.slice(0,-1),m=n.makeOutput(p,`int32`),h=n.dataIdMap.get(m.dataId).id,g=V(m.shape),_=l.shape[d[0]];return t(c,J[l.dtype],g,_,h),f&&n.disposeData(u.dataId),m}return{kernelName:e,backendName:`wasm`,setupFunc:n,kernelFunc:r}}q();
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
const Rr=Lr(yn);q();
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
const zr=Lr(It);q();
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
const Br=Y(rt);q();
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
const Vr=Y(on);q();
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
const Hr=Y(Cn);q();
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
const Ur=X(ft,!1);q();
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
const Wr=Y(Jt);q();
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
let Gr;function Kr(e){Gr=e.wasm.cwrap(An,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function qr(e){let{inputs:t,attrs:n,backend:r}=e,i=t.x,a=r.dataIdMap.get(i.dataId).id,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=n,u=A(i.shape,o,s,1,c,l),d=u.filterHeight,f=u.filterWidth,p=u.padInfo.top,m=u.padInfo.right,h=u.padInfo.bottom,g=u.padInfo.left,_=u.strideHeight,v=u.strideWidth,y=u.inChannels;if(u.dataFormat!==`channelsLast`)throw Error(`wasm backend does not support dataFormat:'${u.dataFormat}'. Please use 'channelsLast'.`);if(u.dilationWidth!==1||u.dilationHeight!==1)throw Error(`was backend only supports average pooling with dilation = [1, 1], got [${u.dilationHeight}, ${u.dilationWidth}].`);let b=r.makeOutput(u.outShape,`float32`),x=r.dataIdMap.get(b.dataId).id;return Gr(a,i.shape[0],i.shape[1],i.shape[2],d,f,p,m,h,g,_,v,y,x),b}const Jr={kernelName:An,backendName:`wasm`,setupFunc:Kr,kernelFunc:qr};q();
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
let Yr;function Xr(e){Yr=e.wasm.cwrap(`AvgPool3D`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Zr(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{filterSize:a,strides:o,pad:s,dimRoundingMode:c,dataFormat:l}=r,u=He(i.shape,a,o,1,s,c,l),d=n.makeOutput(u.outShape,i.dtype);return Yr(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left),d}const Qr={kernelName:gt,backendName:`wasm`,setupFunc:Xr,kernelFunc:Zr};q();
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
let $r;function ei(e){$r=e.wasm.cwrap(`AvgPool3DGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ti(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r,u=He(a.shape,o,s,1,c,l),d=n.makeOutput(a.shape,a.dtype);return $r(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left,u.filterDepth,u.filterHeight,u.filterWidth),d}const ni={kernelName:St,backendName:`wasm`,setupFunc:ei,kernelFunc:ti};q();
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
let ri;function ii(e){ri=e.wasm.cwrap(`AvgPoolGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ai(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c}=r,l=A(a.shape,o,s,1,c),u=n.makeOutput(a.shape,a.dtype);return ri(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.top,l.padInfo.left,l.filterHeight,l.filterWidth),u}const oi={kernelName:fn,backendName:`wasm`,setupFunc:ii,kernelFunc:ai};q();
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
function Q(e){let{inputs:t,attrs:n}=e,{x:r}=t,{shape:i}=n,a=V(r.shape),o=jt(i,a);return K(a===V(o),()=>`new shape: ${o}, old shape: ${r.shape}. New shape and old shape must have the same number of elements.`),e.backend.incRef(r.dataId),{dataId:r.dataId,shape:o,dtype:r.dtype}}const si={kernelName:at,backendName:`wasm`,kernelFunc:Q};q();
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
let ci;function li(e){ci=e.wasm.cwrap(Zt,null,[`number`,`array`,`number`,`number`,`array`,`number`,`number`,`number`,`number`])}function ui(e){let{inputs:t,backend:n,attrs:r}=e,{a:i,b:a}=t,{transposeA:o,transposeB:s}=r;if(i.dtype!==`float32`||a.dtype!==`float32`)throw Error(`BatchMatMul for non non-float32 tensors not yet supported.`);let c=i.shape.length,l=a.shape.length,u=o?i.shape[c-2]:i.shape[c-1],d=s?a.shape[l-1]:a.shape[l-2],f=o?i.shape[c-1]:i.shape[c-2],p=s?a.shape[l-2]:a.shape[l-1],m=i.shape.slice(0,-2),h=a.shape.slice(0,-2),g=V(m),_=V(h),v=Ze(i.shape.slice(0,-2),a.shape.slice(0,-2)).concat([f,p]);K(u===d,()=>`Error in matMul: inner shapes (${u}) and (${d}) of Tensors with shapes ${i.shape} and ${a.shape} and transposeA=${o} and transposeB=${s} must match.`);let y=o?[g,u,f]:[g,f,u],b=s?[_,p,d]:[_,d,p],x=Q({inputs:{x:i},backend:n,attrs:{shape:y}}),S=Q({inputs:{x:a},backend:n,attrs:{shape:b}}),C=n.dataIdMap.get(x.dataId).id,w=n.dataIdMap.get(S.dataId).id,T=o?x.shape[2]:x.shape[1],E=s?S.shape[1]:S.shape[2],D=Math.max(g,_),O=n.makeOutput([D,T,E],x.dtype),k=n.dataIdMap.get(O.dataId).id,A=new Uint8Array(new Int32Array(x.shape).buffer),j=new Uint8Array(new Int32Array(S.shape).buffer);return ci(C,A,x.shape.length,w,j,S.shape.length,o,s,k),n.disposeData(x.dataId),n.disposeData(S.dataId),O.shape=v,O}const di={kernelName:Zt,backendName:`wasm`,setupFunc:li,kernelFunc:ui};q(),er();
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
function fi(e){let{inputs:{x:t},attrs:{begin:n,size:r},backend:i}=e,[a,o]=ae(t,n,r),s=Ut(t.shape,a,o),c=i.readSync(t.dataId),l=i.makeOutput(o,t.dtype),u=G(t.shape),d=i.dataIdMap.get(l.dataId);if(s){let e=de(a,u);return t.dtype===`string`?d.stringBytes=c.slice(e,e+V(o)):i.typedArrayFromHeap(l).set(c.subarray(e,e+V(o))),l}if(t.dtype===`string`)return d.stringBytes=Xn(c,a,o,t.shape,t.dtype),l;let f=i.typedArrayFromHeap(l),p=t.shape.length;if(p===2)pi(c,u[0],f,a,o);else if(p===3)mi(c,u[0],u[1],f,a,o);else if(p===4)hi(c,u[0],u[1],u[2],f,a,o);else{let e=Xn(c,a,o,t.shape,t.dtype);f.set(e)}return l}function pi(e,t,n,r,i){let a=0,o=r[0],s=r[1],c=o+i[0];for(let r=o;r<c;r++){let o=r*t+s;n.set(e.subarray(o,o+i[1]),a),a+=i[1]}}function mi(e,t,n,r,i,a){let o=0,s=i[0],c=i[1],l=i[2],u=s+a[0],d=c+a[1];for(let i=s;i<u;i++)for(let s=c;s<d;s++){let c=i*t+s*n+l;r.set(e.subarray(c,c+a[2]),o),o+=a[2]}}function hi(e,t,n,r,i,a,o){let s=0,c=a[0],l=a[1],u=a[2],d=c+o[0],f=l+o[1],p=u+o[2],m=a[3];for(let a=c;a<d;a++)for(let c=l;c<f;c++)for(let l=u;l<p;l++){let u=a*t+c*n+l*r+m;i.set(e.subarray(u,u+o[3]),s),s+=o[3]}}const gi={kernelName:Hn,backendName:`wasm`,kernelFunc:fi};q();
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
function _i(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{blockShape:a,crops:o}=r,s=a.reduce((e,t)=>e*t),c=kn(i.shape,a,s),l=bt(c.length,a.length),u=an(i.shape,a,s),d=Sn(o,a.length),f=zt(u,o,a.length),p=Q({inputs:{x:i},backend:n,attrs:{shape:c}}),m=Z({inputs:{x:p},backend:n,attrs:{perm:l}}),h=Q({inputs:{x:m},backend:n,attrs:{shape:u}}),g=fi({inputs:{x:h},backend:n,attrs:{begin:d,size:f}});return n.disposeData(p.dataId),n.disposeData(m.dataId),n.disposeData(h.dataId),g}const vi={kernelName:At,backendName:`wasm`,kernelFunc:_i};q();
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
let yi;function bi(e){yi=e.wasm.cwrap(Tt,null,[`number`,`number`,`boolean`,`number`,`number`,`number`])}function xi(e){let{backend:t,inputs:n,attrs:r}=e,{x:i,weights:a}=n,{size:o}=r,s=a.shape.reduce((e,t)=>e*t,1)!==0,c=i.shape.length===1?[o]:[i.shape[0],o],l=t.makeOutput(c,a.dtype);function u(e){return t.dataIdMap.get(e.dataId).id}return yi(u(i),o,s,u(a),J[a.dtype],u(l)),l}const Si={kernelName:Tt,backendName:`wasm`,setupFunc:bi,kernelFunc:xi};q();
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
const Ci=X(Qe,!0);q();
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
function wi(e){let{inputs:t,backend:n}=e,{s0:r,s1:i}=t,a=n.typedArrayFromHeap(r),o=n.typedArrayFromHeap(i),s=Ze(Array.from(a),Array.from(o));return n.makeOutput([s.length],`int32`,void 0,new Int32Array(s))}const Ti={kernelName:Pn,backendName:`wasm`,kernelFunc:wi};q();
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
function $(e){let{inputs:{x:t},attrs:{dtype:n},backend:r}=e,i=r.makeOutput(t.shape,n),a=r.typedArrayFromHeap(t);return r.typedArrayFromHeap(i).set(a),i}const Ei={kernelName:ct,backendName:`wasm`,kernelFunc:$};q();
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
const Di=Y(Vn);q();
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
let Oi;function ki(e){Oi=e.wasm.cwrap(be,null,[`number`,`number`,`number`,`number`])}function Ai(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{clipValueMin:a,clipValueMax:o}=r,s=n.dataIdMap.get(i.dataId).id,c=n.makeOutput(i.shape,i.dtype),l=n.dataIdMap.get(c.dataId).id;return Oi(s,a,o,l),c}const ji={kernelName:be,backendName:`wasm`,setupFunc:ki,kernelFunc:Ai};q(),Zn();
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
function Mi(e){let{inputs:t,backend:n}=e,r=Te(e.attrs.axis,t[0].shape)[0],i=t.map(e=>e.shape);Ot(i,r);let a=tt(t.map(e=>e.shape),r),o=t.filter(e=>V(e.shape)>0);if(o.length===1)return xr({inputs:{x:o[0]},backend:n});let s=n.makeOutput(a,t[0].dtype);if(V(a)===0)return s;if(o[0].dtype===`string`){let e=o.map(e=>{let t=[-1,V(e.shape.slice(r))];return Q({inputs:{x:e},backend:n,attrs:{shape:t}})}),i=e.map(e=>({vals:n.readSync(e.dataId),shape:e.shape}));a=tt(e.map(e=>e.shape),1);let c=e[0].shape[0]===1,l=Qn(i,a,t[0].dtype,c);s.shape=tt(o.map(e=>e.shape),r);let u=n.dataIdMap.get(s.dataId);return u.stringBytes=nt(l),e.forEach(e=>n.disposeData(e.dataId)),s}let c=V(o[0].shape.slice(0,r)),l=0,u=o.map(e=>{let t=V(e.shape.slice(r));return l+=t,t}),d=o.map(e=>n.typedArrayFromHeap(e)),f=n.typedArrayFromHeap(s);for(let e=0;e<c;e++){let t=e*l;for(let n=0;n<d.length;n++){let r=u[n],i=e*r,a=d[n].subarray(i,i+r);f.set(a,t),t+=r}}return s}const Ni={kernelName:we,backendName:`wasm`,kernelFunc:Mi};q();
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
let Pi;function Fi(e){Pi=e.wasm.cwrap(p,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ii(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a}=t,o=r.dataIdMap.get(i.dataId).id,s=r.dataIdMap.get(a.dataId).id,{strides:c,dilations:l,pad:u,dimRoundingMode:d,dataFormat:f}=n,p=Re(f),m=b(i.shape,a.shape,c,l,u,d,!1,p),h=m.filterHeight,g=m.filterWidth,_=m.padInfo.top,v=m.padInfo.right,y=m.padInfo.bottom,x=m.padInfo.left,S=m.dilationHeight,C=m.dilationWidth,w=m.strideHeight,T=m.strideWidth,E=m.inChannels,D=m.outChannels,O=+(m.padInfo.type===`SAME`);if(m.dataFormat!==`channelsLast`)throw Error(`wasm backend Conv2D does not support dataFormat:'${m.dataFormat}'. Please use 'channelsLast'.`);let k=r.makeOutput(m.outShape,`float32`),A=r.dataIdMap.get(k.dataId).id;return Pi(o,i.shape[0],i.shape[1],i.shape[2],s,h,g,_,v,y,x,O,S,C,w,T,E,D,A),k}const Li={kernelName:p,backendName:`wasm`,setupFunc:Fi,kernelFunc:Ii};q();
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
let Ri;function zi(e){Ri=e.wasm.cwrap(le,null,/* @__PURE__ */ `number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number`.split(`.`))}function Bi(e){let{backend:t,inputs:n,attrs:r}=e,{dy:i,filter:a}=n,{strides:o,pad:s,dataFormat:c,dimRoundingMode:l,inputShape:u}=r,d=Re(c),f=b(u,a.shape,o,1,s,l,!1,d),{batchSize:p,filterHeight:m,filterWidth:h,inChannels:g,inHeight:_,inWidth:v,outChannels:y,outHeight:x,outWidth:S,strideHeight:C,strideWidth:w}=f,T=m-1-f.padInfo.top,E=h-1-f.padInfo.left,D=f.dataFormat===`channelsLast`,O=G(f.inShape),k=G(i.shape),[A,j,M]=G(a.shape),N=O[0],ee=D?O[1]:O[2],P=D?O[2]:1,F=D?1:O[1],I=k[0],te=D?k[1]:k[2],ne=D?k[2]:1,re=D?1:k[1],ie=t.makeOutput(f.inShape,`float32`),L=t.dataIdMap.get(ie.dataId).id,R=t.dataIdMap.get(i.dataId).id,ae=t.dataIdMap.get(a.dataId).id;return Ri(R,ae,p,m,h,_,v,g,x,S,y,C,w,T,E,A,j,M,N,ee,P,F,I,te,ne,re,L),ie}const Vi={kernelName:le,backendName:`wasm`,setupFunc:zi,kernelFunc:Bi};q();
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
let Hi;function Ui(e){Hi=e.wasm.cwrap(Wt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Wi(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a}=t,{strides:o,pad:s,dilations:c}=r;if(i.dtype!==`float32`)throw Error(`Tensor x must have dtype float32, got ${i.dtype}`);if(a.dtype!==`float32`)throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);let l=N(i.shape,a.shape,o,c,s),u=n.makeOutput(l.outShape,i.dtype);return Hi(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inDepth,l.inHeight,l.inWidth,l.inChannels,l.outDepth,l.outHeight,l.outWidth,l.outChannels,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.filterDepth,l.filterHeight,l.filterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),u}const Gi={kernelName:Wt,backendName:`wasm`,setupFunc:Ui,kernelFunc:Wi};q();
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
let Ki;function qi(e){Ki=e.wasm.cwrap(i,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ji(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,dy:a}=t,{strides:o,pad:s,filterShape:c}=r;if(i.dtype!==`float32`)throw Error(`Tensor dy must have dtype float32, got ${i.dtype}`);if(a.dtype!==`float32`)throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);let l=N(i.shape,c,o,1,s),u=n.makeOutput(l.filterShape,a.dtype);return Ki(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inDepth,l.inHeight,l.inWidth,l.inChannels,l.outDepth,l.outHeight,l.outWidth,l.outChannels,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.filterDepth,l.filterHeight,l.filterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),u}const Yi={kernelName:i,backendName:`wasm`,setupFunc:qi,kernelFunc:Ji};q();
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
let Xi;function Zi(e){Xi=e.wasm.cwrap(Bt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Qi(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,filter:a}=t,{pad:o,strides:s,inputShape:c}=r;if(i.dtype!==`float32`)throw Error(`Tensor dy must have dtype float32, got ${i.dtype}`);if(a.dtype!==`float32`)throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);let l=N(c,a.shape,s,1,o),u=n.makeOutput(l.inShape,i.dtype);return Xi(n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inDepth,l.inHeight,l.inWidth,l.inChannels,l.outDepth,l.outHeight,l.outWidth,l.outChannels,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.filterDepth,l.filterHeight,l.filterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),u}const $i={kernelName:Bt,backendName:`wasm`,setupFunc:Zi,kernelFunc:Qi};q();
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
const ea=Y(`Cos`);q();
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
const ta=Y(ie);q();
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
var na;(function(e){e[e.bilinear=0]=`bilinear`,e[e.nearest=1]=`nearest`})(na||={});let ra;function ia(e){ra=e.wasm.cwrap(z,null,[`number`,`number`,`number`,`number`,`array`,`number`,`number`,`number`,`number`,`number`])}function aa(e){let{backend:t,inputs:n,attrs:r}=e,{method:i,extrapolationValue:a,cropSize:o}=r,{image:s,boxes:c,boxInd:l}=n,u=c.shape[0],[d,f]=o,p=[u,d,f,s.shape[3]],m=t.dataIdMap.get(s.dataId),h;s.dtype!==`float32`&&(h=$({backend:t,inputs:{x:s},attrs:{dtype:`float32`}}),m=t.dataIdMap.get(h.dataId));let g=m.id,_=t.dataIdMap.get(c.dataId).id,v=t.dataIdMap.get(l.dataId).id,y=t.makeOutput(p,`float32`),b=t.dataIdMap.get(y.dataId).id,x=new Uint8Array(new Int32Array(s.shape).buffer);return ra(g,_,v,u,x,d,f,na[i],a,b),h!=null&&t.disposeData(h.dataId),y}const oa={kernelName:z,backendName:`wasm`,setupFunc:ia,kernelFunc:aa};q();
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
let sa;function ca(e){sa=e.wasm.cwrap(fe,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function la(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a,exclusive:o,reverse:s}=r,c=i.shape.length;K(i.dtype===`float32`||i.dtype===`int32`,()=>`cumprod does not support ${i.dtype} tensors in the WASM backend`);let l=We([a],c),u=i;l!==null&&(u=Z({inputs:{x:i},attrs:{perm:l},backend:n}));let d=Be(1,c)[0];F(`cumprod`,[d],c);let f=n.makeOutput(u.shape,u.dtype),p=u.shape[d],m=n.dataIdMap.get(u.dataId).id,h=n.dataIdMap.get(f.dataId).id;sa(m,+!!o,+!!s,p,h,J[i.dtype]);let g=f;if(l!==null){let e=Ye(l);g=Z({inputs:{x:f},attrs:{perm:e},backend:n}),n.disposeData(u.dataId),n.disposeData(f.dataId)}return g}const ua={kernelName:fe,backendName:`wasm`,setupFunc:ca,kernelFunc:la};q();
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
let da;function fa(e){da=e.wasm.cwrap(g,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function pa(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a,exclusive:o,reverse:s}=r,c=i.shape.length;K(i.dtype===`float32`||i.dtype===`int32`,()=>`cumsum does not support ${i.dtype} tensors in the WASM backend`);let l=We([a],c),u=i;l!==null&&(u=Z({inputs:{x:i},attrs:{perm:l},backend:n}));let d=Be(1,c)[0];F(`cumsum`,[d],c);let f=n.makeOutput(u.shape,u.dtype),p=u.shape[d],m=n.dataIdMap.get(u.dataId).id,h=n.dataIdMap.get(f.dataId).id;da(m,+!!o,+!!s,p,h,J[i.dtype]);let g=f;if(l!==null){let e=Ye(l);g=Z({inputs:{x:f},attrs:{perm:e},backend:n}),n.disposeData(u.dataId),n.disposeData(f.dataId)}return g}const ma={kernelName:g,backendName:`wasm`,setupFunc:fa,kernelFunc:pa};q();
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
let ha;function ga(e){ha=e.wasm.cwrap(`DenseBincount`,null,[`number`,`array`,`number`,`number`,`boolean`,`number`,`number`,`boolean`,`number`])}function _a(e){let{backend:t,inputs:n,attrs:r}=e,{x:i,weights:a}=n,{size:o,binaryOutput:s}=r,c=a.shape.reduce((e,t)=>e*t,1)!==0,l=i.shape.length===1?[o]:[i.shape[0],o],u=t.makeOutput(l,a.dtype);function d(e){return t.dataIdMap.get(e.dataId).id}return ha(d(i),new Uint8Array(new Int32Array(i.shape).buffer),i.shape.length,o,c,d(a),J[a.dtype],s,d(u)),u}const va={kernelName:E,backendName:`wasm`,setupFunc:ga,kernelFunc:_a};q();
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
let ya;function ba(e){ya=e.wasm.cwrap(I,null,[`number`,`number`,`number`,`array`,`number`,`array`,`array`,`number`,`number`])}function xa(e){let{backend:t,inputs:n,attrs:r}=e,{x:i}=n,{blockSize:a,dataFormat:o}=r,s=i.shape[0],c=o===`NHWC`?i.shape[1]:i.shape[2],l=o===`NHWC`?i.shape[2]:i.shape[3],u=o===`NHWC`?i.shape[3]:i.shape[1],d=c*a,f=l*a,p=u/(a*a),m=o===`NHWC`?[s,d,f,p]:[s,p,d,f],h=t.makeOutput(m,`float32`),g=t.dataIdMap.get(i.dataId).id,_=new Uint8Array(new Int32Array(G(i.shape)).buffer),v=new Uint8Array(new Int32Array(m).buffer),y=new Uint8Array(new Int32Array(G(m)).buffer),b=t.dataIdMap.get(h.dataId).id;return ya(g,a,+(o===`NHWC`),_,i.shape.length-1,v,y,m.length,b),h}const Sa={kernelName:I,backendName:`wasm`,setupFunc:ba,kernelFunc:xa};q();
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
let Ca;function wa(e){Ca=e.wasm.cwrap(_e,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ta(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a}=t,o=r.dataIdMap.get(i.dataId).id,s=r.dataIdMap.get(a.dataId).id,{strides:c,dilations:l,pad:u,dimRoundingMode:d}=n,f=l??[1,1],p=b(i.shape,a.shape,c,f,u,d,!0),m=p.filterHeight,h=p.filterWidth,g=p.padInfo.top,_=p.padInfo.right,v=p.padInfo.bottom,y=p.padInfo.left,x=p.dilationHeight,S=p.dilationWidth,C=p.strideHeight,w=p.strideWidth,T=p.inChannels,E=p.outChannels,D=+(p.padInfo.type===`SAME`);if(p.dataFormat!==`channelsLast`)throw Error(`wasm backend DepthwiseConv2dNative does not support dataFormat:'${p.dataFormat}'. Please use 'channelsLast'.`);let O=r.makeOutput(p.outShape,`float32`),k=r.dataIdMap.get(O.dataId).id;return Ca(o,i.shape[0],i.shape[1],i.shape[2],s,m,h,g,_,v,y,D,x,S,C,w,T,E,k),O}const Ea={kernelName:_e,backendName:`wasm`,setupFunc:wa,kernelFunc:Ta};q();
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
let Da;function Oa(e){Da=e.wasm.cwrap(`Diag`,null,[`number`,`number`,`number`,`number`])}function ka(e){let{inputs:t,backend:n}=e,{x:r}=t,i=V(r.shape),a=n.makeOutput([...r.shape,...r.shape],r.dtype);return Da(n.dataIdMap.get(r.dataId).id,J[r.dtype],i,n.dataIdMap.get(a.dataId).id),a}const Aa={kernelName:Ae,backendName:`wasm`,setupFunc:Oa,kernelFunc:ka};q();
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
let ja;function Ma(e){ja=e.wasm.cwrap(C,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Na(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a}=t,{strides:o,pad:s,dilations:c}=r;if(i.dtype!==a.dtype)throw Error(`Dilation2D error: x must have the same dtype as filter. Got ${i.dtype} and ${a.dtype}`);let l=gn(i.shape,a.shape,o,s,`NHWC`,c),u=n.makeOutput(l.outShape,i.dtype);return ja(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(u.dataId).id,J[i.dtype],l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.filterHeight,l.filterWidth,l.padInfo.top,l.padInfo.left),u}const Pa={kernelName:C,backendName:`wasm`,setupFunc:Ma,kernelFunc:Na};q();
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
let Fa;function Ia(e){Fa=e.wasm.cwrap(De,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function La(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a,dy:o}=t,{strides:s,pad:c,dilations:l}=r;if(i.dtype!==a.dtype||i.dtype!==o.dtype)throw Error(`Dilation2DBackpropFilter error: x must have the same dtype as filter and dy. Got ${i.dtype}, ${a.dtype}, and ${o.dtype}`);let u=gn(i.shape,a.shape,s,c,`NHWC`,l),d=n.makeOutput(a.shape,a.dtype);return Fa(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(o.dataId).id,n.dataIdMap.get(d.dataId).id,J[i.dtype],u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.filterHeight,u.filterWidth,u.padInfo.top,u.padInfo.left),d}const Ra={kernelName:De,backendName:`wasm`,setupFunc:Ia,kernelFunc:La};q();
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
let za;function Ba(e){za=e.wasm.cwrap(Pe,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Va(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a,dy:o}=t,{strides:s,pad:c,dilations:l}=r;if(i.dtype!==a.dtype||i.dtype!==o.dtype)throw Error(`Dilation2DBackpropInput error: x must have the same dtype as filter and dy. Got ${i.dtype}, ${a.dtype}, and ${o.dtype}`);let u=gn(i.shape,a.shape,s,c,`NHWC`,l),d=n.makeOutput(i.shape,i.dtype);return za(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(o.dataId).id,n.dataIdMap.get(d.dataId).id,J[i.dtype],u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.filterHeight,u.filterWidth,u.padInfo.top,u.padInfo.left),d}const Ha={kernelName:Pe,backendName:`wasm`,setupFunc:Ba,kernelFunc:Va};q();
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
const Ua=Y(`Elu`);q();
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
let Wa;function Ga(e){Wa=e.wasm.cwrap(hn,null,[`number`,`number`,`number`])}function Ka(e){let{inputs:t,backend:n}=e,{dy:r,y:i}=t,a=n.makeOutput(i.shape,`float32`),o=e=>n.dataIdMap.get(e.dataId).id;return Wa(o(i),o(r),o(a)),a}const qa={kernelName:hn,backendName:`wasm`,setupFunc:Ga,kernelFunc:Ka};q();
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
const Ja=X(k,!1,`bool`);q();
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
const Ya=Y(`Erf`);q();
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
const Xa=Y(`Exp`,`float32`);q();
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
function Za(e){let{inputs:t,attrs:n,backend:r}=e,{input:i}=t,{dim:a}=n,o=i.shape.length,s=i.shape.slice(),c=a;return a<0&&(K(-(o+1)<=a,()=>`Axis must be in the interval [${-(o+1)}, ${o}]`),c=o+a+1),s.splice(c,0,1),Q({inputs:{x:i},backend:r,attrs:{shape:s}})}const Qa={kernelName:W,backendName:`wasm`,kernelFunc:Za};q();
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
const $a=Y(Le,`float32`);q();
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
function eo(e){let{attrs:{shape:t,value:n},backend:r}=e,{attrs:{dtype:i}}=e;i||=Qt(n);let a=r.makeOutput(t,i);return r.typedArrayFromHeap(a).fill(n),a}const to={kernelName:Ke,backendName:`wasm`,kernelFunc:eo};q();
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
let no;function ro(e){no=e.wasm.cwrap(he,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function io(e){let{inputs:t,backend:n}=e,{image:r}=t,i=n.makeOutput(r.shape,r.dtype),a=n.dataIdMap.get(r.dataId).id,o=n.dataIdMap.get(i.dataId).id,[s,c,l,u]=r.shape;return no(a,s,c,l,u,o),i}const ao={kernelName:he,backendName:`wasm`,kernelFunc:io,setupFunc:ro};q();
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
const oo=Y(n);q();
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
const so=X(yt,!1);q();
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
let co;function lo(e){co=e.wasm.cwrap(rn,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function uo(e){let{backend:t,inputs:n,attrs:r}=e,{varianceEpsilon:i}=r,{x:a,mean:o,variance:s,offset:c,scale:l}=n,u=t.dataIdMap.get(a.dataId).id,d=t.dataIdMap.get(o.dataId).id,f=t.dataIdMap.get(s.dataId).id,p=c==null?0:t.dataIdMap.get(c.dataId).id,m=l==null?0:t.dataIdMap.get(l.dataId).id,h=t.makeOutput(a.shape,a.dtype);if(V(a.shape)===0)return h;let g=t.dataIdMap.get(h.dataId).id;return co(u,d,f,p,m,i,g),h}const fo={kernelName:rn,backendName:`wasm`,setupFunc:lo,kernelFunc:uo};q();
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
let po;function mo(e){po=e.wasm.cwrap(xn,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ho(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a,bias:o,preluActivationWeights:s}=t,{strides:c,pad:l,dilations:u,dataFormat:d,dimRoundingMode:f,activation:p,leakyreluAlpha:m}=n,h=b(i.shape,a.shape,c,u,l,f),g=cr[p];if(g==null)throw Error(`${p} activation not yet supported for FusedConv2D in the wasm backend.`);let _=r.dataIdMap.get(i.dataId).id,v=r.dataIdMap.get(a.dataId).id,y=h.outChannels,x=0;if(o!=null){let e=r.dataIdMap.get(o.dataId);if(e.shape.length!==1)throw Error(`FusedConv2D only supports rank-1 bias but got rank ${e.shape.length}.`);if(e.shape[0]!==y)throw Error(`FusedConv2D bias shape (${e.shape}) does not match the number of output channels (${y})`);x=e.id}let S=h.filterHeight,C=h.filterWidth,w=h.padInfo.top,T=h.padInfo.right,E=h.padInfo.bottom,D=h.padInfo.left,O=h.dilationHeight,k=h.dilationWidth,A=h.strideHeight,j=h.strideWidth,M=h.inChannels,N=+(h.padInfo.type===`SAME`),ee=h.batchSize,P=h.inHeight,F=h.inWidth;if(d!==`NHWC`)throw Error(`wasm backend FusedConv2D does not support dataFormat:'${d}'. Please use 'NHWC'.`);let I=r.makeOutput(h.outShape,`float32`),te=r.dataIdMap.get(I.dataId).id,ne=s==null?0:r.dataIdMap.get(s.dataId).id;return po(_,ee,P,F,v,S,C,x,w,T,E,D,N,O,k,A,j,M,y,g,ne,m||0,te),I}const go={kernelName:xn,backendName:`wasm`,setupFunc:mo,kernelFunc:ho};q();
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
let _o;function vo(e){_o=e.wasm.cwrap(Rt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function yo(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a,bias:o,preluActivationWeights:s}=t,{strides:c,pad:l,dilations:u,dataFormat:d,dimRoundingMode:f,activation:p,leakyreluAlpha:m}=n,h=b(i.shape,a.shape,c,u,l,f,!0),g=cr[p];if(g==null)throw Error(`${p} activation not yet supported for FusedDepthwiseConv2D in the wasm backend.`);let _=r.dataIdMap.get(i.dataId).id,v=r.dataIdMap.get(a.dataId).id,y=h.outChannels,x=0;if(o!=null){let e=r.dataIdMap.get(o.dataId);if(e.shape.length!==1)throw Error(`FusedDepthwiseConv2D only supports rank-1 bias but got rank ${e.shape.length}.`);if(e.shape[0]!==y)throw Error(`FusedDepthwiseConv2D bias shape (${e.shape}) does not match the number of output channels (${y})`);x=e.id}let S=h.filterHeight,C=h.filterWidth,w=h.padInfo.top,T=h.padInfo.right,E=h.padInfo.bottom,D=h.padInfo.left,O=h.dilationHeight,k=h.dilationWidth,A=h.strideHeight,j=h.strideWidth,M=h.inChannels,N=+(h.padInfo.type===`SAME`),ee=h.batchSize,P=h.inHeight,F=h.inWidth;if(d!==`NHWC`)throw Error(`wasm backend FusedDepthwiseConv2D does not support dataFormat:'${d}'. Please use 'NHWC'.`);let I=r.makeOutput(h.outShape,`float32`),te=r.dataIdMap.get(I.dataId).id,ne=s==null?0:r.dataIdMap.get(s.dataId).id;return _o(_,ee,P,F,v,S,C,x,w,T,E,D,N,O,k,A,j,M,y,g,ne,m||0,te),I}const bo={kernelName:Rt,backendName:`wasm`,setupFunc:vo,kernelFunc:yo};q();
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
let xo;function So(e){xo=e.wasm.cwrap(ot,null,[`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`])}function Co(e){let{backend:t,inputs:n}=e,{params:r,indices:i}=n,[a,o,s,c]=re(r,i),l=t.makeOutput(a,r.dtype);if(o===0)return l;let u=i.shape,d=u[u.length-1],f=t.dataIdMap.get(r.dataId).id,p=t.dataIdMap.get(i.dataId).id,m=new Uint8Array(new Int32Array(c).buffer),h=t.dataIdMap.get(l.dataId).id;return xo(f,J[r.dtype],p,o,d,s,m,h),l}const wo={kernelName:ot,backendName:`wasm`,setupFunc:So,kernelFunc:Co};q();
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
let To;function Eo(e){To=e.wasm.cwrap(`Gather`,null,[`number`,`number`,`array`,`number`,`number`,`number`,`array`,`number`])}function Do(e){let{backend:t,inputs:n,attrs:r}=e,{x:i,indices:a}=n,{axis:o,batchDims:s}=r,c=Te(o,i.shape)[0],l=t.readSync(a.dataId),u=i.shape[c];for(let e=0;e<l.length;++e){let t=l[e];K(t<=u-1&&t>=0,()=>`GatherV2: the index value ${t} is not in [0, ${u-1}]`)}let d=dt(i,a,c,s),f=Q({inputs:{x:i},attrs:{shape:[d.batchSize,d.outerSize,d.dimSize,d.sliceSize]},backend:t}),p=V(a.shape),m=Q({inputs:{x:a},attrs:{shape:[d.batchSize,p/d.batchSize]},backend:t}),h=[d.batchSize,d.outerSize,p/d.batchSize,d.sliceSize],g=t.makeOutput(h,i.dtype);if(V(i.shape)===0)return g;let _=f.shape.length-1,v=t.dataIdMap.get(f.dataId).id,y=t.dataIdMap.get(m.dataId).id,b=t.dataIdMap.get(g.dataId).id,x=new Uint8Array(new Int32Array(G(f.shape)).buffer),S=new Uint8Array(new Int32Array(G(h)).buffer);return To(v,J[i.dtype],x,_,y,d.batchSize,S,b),t.disposeData(f.dataId),t.disposeData(m.dataId),g.shape=d.outputShape,g}const Oo={kernelName:ln,backendName:`wasm`,setupFunc:Eo,kernelFunc:Do};q();
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
const ko=X(Tn,!1,`bool`);q();
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
const Ao=X(mt,!1,`bool`);q();
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
const jo=Y(wt,`bool`);q();
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
const Mo=Y(mn,`bool`);q();
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
const No=Y(en,`bool`);q();
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
let Po;function Fo(e){Po=e.wasm.cwrap(Dt,null,[`number`,`number`,`number`,`number`])}function Io(e){let{inputs:{x:t},attrs:{alpha:n},backend:r}=e,i=r.dataIdMap.get(t.dataId).id,a=r.makeOutput(t.shape,`float32`);if(V(t.shape)!==0){let e=r.dataIdMap.get(a.dataId).id;Po(i,J[t.dtype],n,e)}return a}const Lo={kernelName:Dt,backendName:`wasm`,setupFunc:Fo,kernelFunc:Io};q();
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
const Ro=X(et,!1,`bool`);q();
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
const zo=X(In,!1,`bool`);q();
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
let Bo;function Vo(e){Bo=e.wasm.cwrap(Gn,null,[`number`,`number`,`number`,`number`])}function Ho(e){let{attrs:t,backend:n}=e,{start:r,stop:i,num:a}=t,o=Math.floor(a),s=n.makeOutput([o],`float32`);return Bo(n.dataIdMap.get(s.dataId).id,r,i,o),s}const Uo={kernelName:Gn,backendName:`wasm`,setupFunc:Vo,kernelFunc:Ho};q();
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
const Wo=Y(`Log`);q();
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
const Go=Y(ut);q();
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
const Ko=X(Se,!1,`bool`);q();
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
const qo=Y(d);q();
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
const Jo=X(zn,!1,`bool`);q();
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
const Yo=X(U,!1,`bool`);q();
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
let Xo;function Zo(e){Xo=e.wasm.cwrap(`LRN`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Qo(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{depthRadius:a,bias:o,alpha:s,beta:c}=r;if(i.dtype!==`float32`)throw Error(`LRN error: x must have dtype float32`);let l=n.makeOutput(i.shape,i.dtype);return Xo(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(l.dataId).id,i.shape[3],a,o,s,c),l}const $o={kernelName:`LRN`,backendName:`wasm`,setupFunc:Zo,kernelFunc:Qo};q();
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
let es;function ts(e){es=e.wasm.cwrap(Nt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ns(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,y:a,dy:o}=t,{depthRadius:s,bias:c,alpha:l,beta:u}=r;if(i.dtype!==`float32`||a.dtype!==`float32`||o.dtype!==`float32`)throw Error(`LRNGrad error: x, y, and dy must have dtype float32`);let d=n.makeOutput(i.shape,i.dtype);return es(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(o.dataId).id,n.dataIdMap.get(d.dataId).id,o.shape[3],s,c,l,u),d}const rs={kernelName:Nt,backendName:`wasm`,setupFunc:ts,kernelFunc:ns};q();
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
let is;function as(e){is=e.wasm.cwrap(`Max`,null,[`number`,`number`,`number`,`number`])}function os(e){let{backend:t,inputs:n,attrs:r}=e,{reductionIndices:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=o,{transposed:l,axes:u,originalAxes:d,inputWasTransposed:f}=Or(o,i,t);if(f){let e=t.dataIdMap.get(l.dataId).id;c=l,s=e}let p=c.shape.length;F(`max`,u,p);let[m,h]=vn(c.shape,u),g=V(h),_=t.makeOutput(m,o.dtype);if(V(c.shape)!==0){let e=t.dataIdMap.get(_.dataId).id;is(s,J[o.dtype],g,e)}return f&&t.disposeData(l.dataId),a&&(_.shape=M(_.shape,d)),_}const ss={kernelName:`Max`,backendName:`wasm`,setupFunc:as,kernelFunc:os};q();
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
const cs=X(se,!1);q();
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
let ls;function us(e){ls=e.wasm.cwrap(ue,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ds(e){let{inputs:t,attrs:n,backend:r}=e,i=t.x,a=r.dataIdMap.get(i.dataId).id;K(i.dtype===`float32`,()=>`Error in MaxPool: only float32 input is supported. Got ${i.dtype}.`);let{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=n,u=A(i.shape,o,s,1,c,l),d=u.filterHeight,f=u.filterWidth,p=u.padInfo.top,m=u.padInfo.right,h=u.padInfo.bottom,g=u.padInfo.left,_=u.dilationHeight,v=u.dilationWidth,y=u.strideHeight,b=u.strideWidth,x=u.inChannels,S=u.outChannels;if(u.dataFormat!==`channelsLast`)throw Error(`wasm backend does not support dataFormat:'${u.dataFormat}'. Please use 'channelsLast'.`);let C=r.makeOutput(u.outShape,`float32`),w=r.dataIdMap.get(C.dataId).id;return ls(a,i.shape[0],i.shape[1],i.shape[2],d,f,p,m,h,g,_,v,y,b,x,S,w),C}const fs={kernelName:ue,backendName:`wasm`,setupFunc:us,kernelFunc:ds};q();
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
let ps;function ms(e){ps=e.wasm.cwrap(`MaxPool3D`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function hs(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{filterSize:a,strides:o,pad:s,dimRoundingMode:c,dataFormat:l}=r,u=He(i.shape,a,o,1,s,c,l),d=n.makeOutput(u.outShape,i.dtype);return ps(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left),d}const gs={kernelName:Kt,backendName:`wasm`,setupFunc:ms,kernelFunc:hs};q();
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
let _s;function vs(e){_s=e.wasm.cwrap(`MaxPool3DGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ys(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r,u=He(a.shape,o,s,1,c,l),d=n.makeOutput(a.shape,a.dtype);return _s(n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left),d}const bs={kernelName:o,backendName:`wasm`,setupFunc:vs,kernelFunc:ys};q();
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
let xs;function Ss(e){xs=e.wasm.cwrap(`MaxPoolGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Cs(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r,u=A(a.shape,o,s,1,c,l),d=n.makeOutput(a.shape,a.dtype);return xs(n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.top,u.padInfo.left),d}const ws={kernelName:Ht,backendName:`wasm`,setupFunc:Ss,kernelFunc:Cs};q();
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
let Ts;function Es(e){Ts=e.wasm.cwrap(`MaxPoolWithArgmax`,null,[`number`,`number`,`number`,`number`,`boolean`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ds(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{filterSize:a,strides:o,pad:s,includeBatchInIndex:c}=r;K(i.shape.length===4,()=>`Error in maxPool: input must be rank 4 but got rank ${i.shape.length}.`);let l=[1,1];K(qe(o,l),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${o} and dilations '${l}'`);let u=A(i.shape,a,o,[1,1],s),d=n.makeOutput(u.outShape,i.dtype),f=n.makeOutput(u.outShape,`int32`);return Ts(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,n.dataIdMap.get(f.dataId).id,J[i.dtype],c,u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.top,u.padInfo.left),[d,f]}const Os={kernelName:R,backendName:`wasm`,setupFunc:Es,kernelFunc:Ds};q();
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
let ks;function As(e){ks=e.wasm.cwrap(me,null,[`number, number, number`])}function js(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=Or(o,i,t),m=d;if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e,m=Be(m.length,l.shape.length))}F(`mean`,m,l.shape.length);let[h,g]=vn(l.shape,m),_=V(g),v=l;l.dtype!==`float32`&&(v=$({backend:t,inputs:{x:l},attrs:{dtype:`float32`}}),c=t.dataIdMap.get(v.dataId).id);let y=t.makeOutput(h,`float32`);if(V(l.shape)!==0){let e=t.dataIdMap.get(y.dataId).id;ks(c,_,e)}return p&&t.disposeData(u.dataId),a&&(y.shape=M(y.shape,f)),l.dtype!==`float32`&&t.disposeData(v.dataId),y}const Ms={kernelName:me,backendName:`wasm`,setupFunc:As,kernelFunc:js};q();
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
let Ns;function Ps(e){Ns=e.wasm.cwrap(`Min`,null,[`number`,`number`,`number`,`number`])}function Fs(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=Or(o,i,t);if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e)}let m=l.shape.length;F(`min`,d,m);let[h,g]=vn(l.shape,d),_=V(g),v=t.makeOutput(h,l.dtype);if(V(l.shape)!==0){let e=t.dataIdMap.get(v.dataId).id;Ns(c,J[o.dtype],_,e)}return p&&t.disposeData(u.dataId),a&&(v.shape=M(v.shape,f)),v}const Is={kernelName:`Min`,backendName:`wasm`,setupFunc:Ps,kernelFunc:Fs};q();
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
const Ls=X(y,!1);q();
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
var Rs;(function(e){e[e.reflect=0]=`reflect`,e[e.symmetric=1]=`symmetric`})(Rs||={});let zs;function Bs(e){zs=e.wasm.cwrap(O,null,[`number`,`array`,`number`,`number`,`array`,`array`,`number`,`number`])}function Vs(e){let{inputs:{x:t},backend:n,attrs:{paddings:r,mode:i}}=e,a=r.map((e,n)=>e[0]+t.shape[n]+e[1]),o=n.dataIdMap.get(t.dataId).id,s=n.makeOutput(a,t.dtype),c=n.dataIdMap.get(s.dataId).id,l=new Uint8Array(new Int32Array(t.shape).buffer),u=r.map(e=>e[0]),d=r.map(e=>e[1]),f=new Uint8Array(new Int32Array(u).buffer),p=new Uint8Array(new Int32Array(d).buffer);return zs(o,l,t.shape.length,J[t.dtype],f,p,Rs[i],c),s}const Hs={kernelName:O,backendName:`wasm`,kernelFunc:Vs,setupFunc:Bs};q();
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
let Us;function Ws(e){Us=e.wasm.cwrap(xe,null,[`number`,`number`,`number`,`number`])}function Gs(e){let{backend:t,inputs:{logits:n},attrs:{dim:r}}=e,i=t.dataIdMap.get(n.dataId).id,a=t.makeOutput(n.shape,n.dtype),o=t.dataIdMap.get(a.dataId).id,s=n.shape[r],c=V(n.shape)/s;return V(a.shape)===0||Us(i,o,s,c),a}const Ks={kernelName:xe,backendName:`wasm`,setupFunc:Ws,kernelFunc:Gs};q();
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
let qs;function Js(e){qs=e.wasm.cwrap(ne,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function Ys(e){let{inputs:t,backend:n,attrs:r}=e,{logits:i}=t,{numSamples:a,seed:o,normalized:s}=r;if(i.dtype!==`float32`)throw Error(`Tensor logits must have dtype float32, got ${i.dtype}`);let c=s?i:Gs({inputs:{logits:i},backend:n,attrs:{dim:i.shape.length-1}}),[l,u]=c.shape,d=n.makeOutput([l,a],`int32`);return qs(n.dataIdMap.get(c.dataId).id,l,u,a,o,n.dataIdMap.get(d.dataId).id),s||n.disposeData(c.dataId),d}const Xs={kernelName:ne,backendName:`wasm`,setupFunc:Js,kernelFunc:Ys};q();
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
const Zs=X(`Mod`,!0);q();
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
const Qs=X(ye,!0);q();
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
const $s=Y(`Neg`);
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
function ec(e,t){let n=new Int32Array(e.wasm.HEAPU8.buffer,t,4),r=n[0],i=n[1],a=n[2],o=n[3];return e.wasm._free(t),{pSelectedIndices:r,selectedSize:i,pSelectedScores:a,pValidOutputs:o}}q();
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
let tc;function nc(e){tc=e.wasm.cwrap(qn,`number`,[`number`,`number`,`number`,`number`,`number`])}function rc(e){let{backend:t,inputs:n,attrs:r}=e,{iouThreshold:i,maxOutputSize:a,scoreThreshold:o}=r,{boxes:s,scores:c}=n,l=t.dataIdMap.get(s.dataId).id,u=t.dataIdMap.get(c.dataId).id,{pSelectedIndices:d,selectedSize:f,pSelectedScores:p,pValidOutputs:m}=ec(t,tc(l,u,a,i,o));return t.wasm._free(p),t.wasm._free(m),t.makeOutput([f],`int32`,d)}const ic={kernelName:qn,backendName:`wasm`,setupFunc:nc,kernelFunc:rc};q();
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
let ac;function oc(e){ac=e.wasm.cwrap(c,`number`,[`number`,`number`,`number`,`number`,`number`,`bool`])}function sc(e){let{backend:t,inputs:n,attrs:r}=e,{iouThreshold:i,maxOutputSize:a,scoreThreshold:o,padToMaxOutputSize:s}=r,{boxes:c,scores:l}=n,u=t.dataIdMap.get(c.dataId).id,d=t.dataIdMap.get(l.dataId).id,{pSelectedIndices:f,selectedSize:p,pSelectedScores:m,pValidOutputs:h}=ec(t,ac(u,d,a,i,o,s));return t.wasm._free(m),[t.makeOutput([p],`int32`,f),t.makeOutput([],`int32`,h)]}const cc={kernelName:c,backendName:`wasm`,setupFunc:oc,kernelFunc:sc};q();
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
let lc;function uc(e){lc=e.wasm.cwrap(Me,`number`,[`number`,`number`,`number`,`number`,`number`,`number`])}function dc(e){let{backend:t,inputs:n,attrs:r}=e,{iouThreshold:i,maxOutputSize:a,scoreThreshold:o,softNmsSigma:s}=r,{boxes:c,scores:l}=n,u=t.dataIdMap.get(c.dataId).id,d=t.dataIdMap.get(l.dataId).id,{pSelectedIndices:f,selectedSize:p,pSelectedScores:m,pValidOutputs:h}=ec(t,lc(u,d,a,i,o,s));return t.wasm._free(h),[t.makeOutput([p],`int32`,f),t.makeOutput([p],`float32`,m)]}const fc={kernelName:Me,backendName:`wasm`,setupFunc:uc,kernelFunc:dc};q();
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
const pc=X(T,!1,`bool`);q();
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
let mc;function hc(e){mc=e.wasm.cwrap(ke,null,[`number`,`number`,`number`,`number`,`number`])}function gc(e){let{inputs:t,backend:n,attrs:r}=e,{indices:i}=t,{dtype:a,depth:o,onValue:s,offValue:c}=r,l=n.makeOutput([...i.shape,o],a),u=n.dataIdMap.get(l.dataId).id,d=n.dataIdMap.get(i.dataId).id;return mc(d,o,s,c,u),l}const _c={kernelName:ke,backendName:`wasm`,setupFunc:hc,kernelFunc:gc};q();
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
function vc(e){let{inputs:{x:t},backend:n}=e,r=n.makeOutput(t.shape,t.dtype);return n.typedArrayFromHeap(r).fill(1),r}const yc={kernelName:Ie,backendName:`wasm`,kernelFunc:vc};q();
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
function bc(e){let{inputs:t,backend:n,attrs:r}=e,{axis:i}=r;if(t.length===1)return Za({inputs:{input:t[0]},backend:n,attrs:{dim:i}});let a=t[0].shape,o=t[0].dtype;t.forEach(e=>{it(a,e.shape,`All tensors passed to stack must have matching shapes`),K(o===e.dtype,()=>`All tensors passed to stack must have matching dtypes`)});let s=[],c=Mi({inputs:t.map(e=>{let t=Za({inputs:{input:e},backend:n,attrs:{dim:i}});return s.push(t),t}),backend:n,attrs:{axis:i}});return s.forEach(e=>n.disposeData(e.dataId)),c}const xc={kernelName:S,backendName:`wasm`,kernelFunc:bc};q();
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
let Sc;function Cc(e){Sc=e.wasm.cwrap(P,null,[`number`,`array`,`number`,`number`,`array`,`array`,`number`,`number`])}function wc(e){let{inputs:{x:t},backend:n,attrs:{paddings:r,constantValue:i}}=e,a=r.map((e,n)=>e[0]+t.shape[n]+e[1]);if(V(t.shape)===0)return eo({backend:n,attrs:{shape:a,value:i,dtype:t.dtype}});let o=n.dataIdMap.get(t.dataId).id,s=n.makeOutput(a,t.dtype),c=n.dataIdMap.get(s.dataId).id,l=new Uint8Array(new Int32Array(t.shape).buffer),u=r.map(e=>e[0]),d=r.map(e=>e[1]),f=new Uint8Array(new Int32Array(u).buffer),p=new Uint8Array(new Int32Array(d).buffer);return Sc(o,l,t.shape.length,J[t.dtype],f,p,i,c),s}const Tc={kernelName:P,backendName:`wasm`,kernelFunc:wc,setupFunc:Cc};q();
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
const Ec=X(`Pow`,!1);q();
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
let Dc;function Oc(e){Dc=e.wasm.cwrap(j,null,[`number`,`number`,`number`])}function kc(e){let{inputs:t,backend:n}=e,{x:r,alpha:i}=t,a=n.dataIdMap.get(r.dataId).id,o=n.dataIdMap.get(i.dataId).id,s=a,c=r,l=c;c.dtype!==`float32`&&(l=$({backend:n,inputs:{x:r},attrs:{dtype:`float32`}}),s=n.dataIdMap.get(l.dataId).id);let u=n.makeOutput(r.shape,`float32`),d=n.dataIdMap.get(u.dataId).id;return Dc(s,o,d),c.dtype!==`float32`&&n.disposeData(l.dataId),u}const Ac={kernelName:j,backendName:`wasm`,setupFunc:Oc,kernelFunc:kc};q();
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
let jc;function Mc(e){jc=e.wasm.cwrap(Ue,null,[`number`,`number`,`number`,`number`])}function Nc(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=Or(o,i,t),m=d;if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e,m=Be(m.length,l.shape.length))}F(`prod`,m,l.shape.length);let[h,g]=vn(l.shape,m),_=V(g),v=t.makeOutput(h,l.dtype);if(V(l.shape)!==0){let e=t.dataIdMap.get(v.dataId).id;jc(c,_,J[v.dtype],e)}return p&&t.disposeData(u.dataId),a&&(v.shape=M(v.shape,f)),v}const Pc={kernelName:Ue,backendName:`wasm`,setupFunc:Mc,kernelFunc:Nc};q(),ir()
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
;const Fc={kernelName:r,backendName:`wasm`,kernelFunc:e=>{let{backend:t,attrs:n}=e,{start:r,stop:i,step:a,dtype:o}=n,s=tr(r,i,a,o),c=t.makeOutput([s.length],o);return t.typedArrayFromHeap(c).set(s),c}};q();
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
const Ic=X(On,!0);q();
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
const Lc=Y(nn);q();
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
const Rc=Y(bn);q();
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
const zc=Y(Lt);q();
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
let Bc;function Vc(e){Bc=e.wasm.cwrap(cn,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Hc(e){let{backend:t,inputs:n,attrs:r}=e,{images:i}=n,{alignCorners:a,halfPixelCenters:o,size:s}=r,[c,l]=s,[u,d,f,p]=i.shape,m=[u,c,l,p],h=t.dataIdMap.get(i.dataId),g;h.dtype!==`float32`&&(g=$({backend:t,inputs:{x:i},attrs:{dtype:`float32`}}),h=t.dataIdMap.get(g.dataId));let _=h.id,v=t.makeOutput(m,`float32`);if(V(i.shape)===0)return v;let y=t.dataIdMap.get(v.dataId).id;return Bc(_,u,d,f,p,c,l,+!!a,+!!o,y),g!=null&&t.disposeData(g.dataId),v}const Uc={kernelName:cn,backendName:`wasm`,setupFunc:Vc,kernelFunc:Hc};q();
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
let Wc;function Gc(e){Wc=e.wasm.cwrap(wn,null,[`number`,`number`,`number`,`array`,`array`,`boolean`])}function Kc(e){let{inputs:t,backend:n,attrs:r}=e,{images:i,dy:a}=t,{alignCorners:o}=r,s=n.makeOutput(i.shape,`float32`),c=n.dataIdMap.get(i.dataId),l;return c.dtype!==`float32`&&(l=$({backend:n,inputs:{x:i},attrs:{dtype:`float32`}}),c=n.dataIdMap.get(l.dataId)),Wc(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(s.dataId).id,new Uint8Array(new Int32Array(i.shape).buffer),new Uint8Array(new Int32Array(a.shape).buffer),o),l!=null&&n.disposeData(l.dataId),s}const qc={kernelName:wn,backendName:`wasm`,setupFunc:Gc,kernelFunc:Kc};q();
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
let Jc;function Yc(e){Jc=e.wasm.cwrap(pt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Xc(e){let{backend:t,inputs:n,attrs:r}=e,{images:i}=n,{alignCorners:a,halfPixelCenters:o,size:s}=r,[c,l]=s,[u,d,f,p]=i.shape,m=[u,c,l,p],h=t.makeOutput(m,`float32`);if(V(i.shape)===0)return h;let g=t.dataIdMap.get(i.dataId),_;g.dtype!==`float32`&&(_=$({backend:t,inputs:{x:i},attrs:{dtype:`float32`}}),g=t.dataIdMap.get(_.dataId));let v=g.id,y=t.dataIdMap.get(h.dataId).id;return Jc(v,u,d,f,p,c,l,+!!a,+!!o,y),_!=null&&t.disposeData(_.dataId),h}const Zc={kernelName:pt,backendName:`wasm`,setupFunc:Yc,kernelFunc:Xc};q();
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
let Qc;function $c(e){Qc=e.wasm.cwrap(Yt,null,[`number`,`number`,`number`,`array`,`array`,`boolean`])}function el(e){let{inputs:t,backend:n,attrs:r}=e,{images:i,dy:a}=t,{alignCorners:o}=r,s=n.makeOutput(i.shape,`float32`),c=n.dataIdMap.get(i.dataId),l;return c.dtype!==`float32`&&(l=$({backend:n,inputs:{x:i},attrs:{dtype:`float32`}}),c=n.dataIdMap.get(l.dataId)),Qc(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(s.dataId).id,new Uint8Array(new Int32Array(i.shape).buffer),new Uint8Array(new Int32Array(a.shape).buffer),o),l!=null&&n.disposeData(l.dataId),s}const tl={kernelName:Yt,backendName:`wasm`,setupFunc:$c,kernelFunc:el};q();
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
let nl;function rl(e){nl=e.wasm.cwrap(jn,null,[`number`,`array`,`number`,`array`,`number`,`number`])}function il(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{dims:a}=r,o=Te(a,i.shape);if(i.shape.length===0)return xr({inputs:{x:i},backend:n});let s=n.makeOutput(i.shape,i.dtype),c=n.dataIdMap.get(i.dataId).id,l=n.dataIdMap.get(s.dataId).id,u=new Uint8Array(new Int32Array(o).buffer),d=new Uint8Array(new Int32Array(i.shape).buffer);nl(c,u,o.length,d,i.shape.length,l);let f=Q({inputs:{x:s},attrs:{shape:i.shape},backend:n});return n.disposeData(s.dataId),f}const al={kernelName:jn,backendName:`wasm`,kernelFunc:il,setupFunc:rl};q();
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
let ol;function sl(e){ol=e.wasm.cwrap(_t,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`])}function cl(e){let{inputs:t,backend:n,attrs:r}=e,{image:i}=t,{radians:a,fillValue:o,center:s}=r,c=n.makeOutput(i.shape,i.dtype),l=n.dataIdMap.get(i.dataId).id,u=n.dataIdMap.get(c.dataId).id,[d,f,p,m]=i.shape,[h,g]=un(s,f,p),_=typeof o==`number`?[o,o,o,o===0?0:255]:[...o,255],v=new Uint8Array(new Int32Array(_).buffer);return ol(l,d,f,p,m,a,h,g,v,_.length,u),c}const ll={kernelName:_t,backendName:`wasm`,kernelFunc:cl,setupFunc:sl};q();
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
const ul=Y(Ct);q();
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
const dl=Y(pn);q();
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
let fl;function pl(e){fl=e.wasm.cwrap($t,null,[`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`])}function ml(e){let{backend:t,inputs:n,attrs:r}=e,{indices:i,updates:a}=n,{shape:o}=r,s=t.makeOutput(o,a.dtype);if(V(o)===0)return s;let{sliceRank:c,numUpdates:l,sliceSize:u,strides:d,outputSize:f}=Pt(a,i,o),p=t.dataIdMap.get(i.dataId).id,m=t.dataIdMap.get(a.dataId).id,h=new Uint8Array(new Int32Array(d).buffer),g=t.dataIdMap.get(s.dataId).id;return fl(p,m,J[a.dtype],c,l,u,h,f,g),s}const hl={kernelName:$t,backendName:`wasm`,setupFunc:pl,kernelFunc:ml};q();
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
let gl;function _l(e){gl=e.wasm.cwrap(Mt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`bool`,`number`])}function vl(e){let{inputs:t,backend:n,attrs:r}=e,{sortedSequence:i,values:a}=t,{side:o}=r;if(i.dtype!==a.dtype)throw Error(`SearchSorted error: sorted_sequence must have the same dtype as values. Got ${i.dtype} and ${a.dtype}`);let s=n.makeOutput(a.shape,`int32`);function c(e){return n.dataIdMap.get(e.dataId).id}return gl(c(i),c(a),i.shape[0],i.shape[1],a.shape[1],J[i.dtype],o===`left`,c(s)),s}const yl={kernelName:Mt,backendName:`wasm`,setupFunc:_l,kernelFunc:vl};q();
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
let bl;function xl(e){bl=e.wasm.cwrap(`SelectV2`,null,[`number`,`number`,`number`,`number`,`number`])}function Sl(e){let{inputs:t,backend:n}=e,{condition:r,t:i,e:a}=t,o=n.dataIdMap.get(r.dataId).id,s=n.dataIdMap.get(i.dataId).id,c=n.dataIdMap.get(a.dataId).id,l=n.makeOutput(i.shape,i.dtype),u=n.dataIdMap.get(l.dataId).id,d=r.shape.length,f=i.shape.length,p=d===0||d>1||f===1?1:V(i.shape.slice(1));return bl(o,s,c,p,u),l}const Cl={kernelName:Et,backendName:`wasm`,kernelFunc:Sl,setupFunc:xl};q();
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
const wl=Y($e);q();
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
let Tl;function El(e){Tl=e.wasm.cwrap(Fn,null,[`number`,`number`])}function Dl(e){let{backend:t,inputs:{x:n}}=e,r=t.dataIdMap.get(n.dataId).id,i=t.makeOutput(n.shape,n.dtype),a=t.dataIdMap.get(i.dataId).id;return V(i.shape)===0||Tl(r,a),i}const Ol={kernelName:`Sigmoid`,backendName:`wasm`,setupFunc:El,kernelFunc:Dl};q();
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
const kl=Y(Wn);q();
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
const Al=Y(`Sin`);q();
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
const jl=Y(lt);q();
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
const Ml=Y(u);q();
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
function Nl(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{blockShape:a,paddings:o}=r,s=V(a),c=[[0,0]];c.push(...o);for(let e=1+a.length;e<i.shape.length;++e)c.push([0,0]);let l=Tc.kernelFunc({inputs:{x:i},backend:n,attrs:{paddings:c,constantValue:0}}),u=kn(l.shape,a,s,!1),d=bt(u.length,a.length,!1),f=an(l.shape,a,s,!1),p=Q({inputs:{x:l},backend:n,attrs:{shape:u}}),m=Z({inputs:{x:p},backend:n,attrs:{perm:d}}),h=Q({inputs:{x:m},backend:n,attrs:{shape:f}});return n.disposeData(l.dataId),n.disposeData(p.dataId),n.disposeData(m.dataId),h}const Pl={kernelName:Rn,backendName:`wasm`,kernelFunc:Nl};q();
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
let Fl;function Il(e){Fl=e.wasm.cwrap(`SparseFillEmptyRows`,`number`,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ll(e){let{backend:t,inputs:n}=e,{indices:r,values:i,denseShape:a,defaultValue:o}=n,s=r.shape[0],c=r.shape[1],u=t.readSync(a.dataId)[0],d=[s+u,c],f=t.dataIdMap.get(r.dataId).id,p=t.dataIdMap.get(i.dataId).id,m=t.dataIdMap.get(o.dataId).id,h=t.makeOutput(d,r.dtype),g=t.dataIdMap.get(h.dataId).id,_=t.makeOutput(d.slice(0,1),i.dtype),v=t.dataIdMap.get(_.dataId).id,y=t.makeOutput([u],`bool`),b=t.dataIdMap.get(y.dataId).id,x=t.makeOutput([s],r.dtype),S=t.dataIdMap.get(x.dataId).id,C=t.makeOutput([4],`int32`),w=t.dataIdMap.get(C.dataId).id,T=Fl(f,p,J[i.dtype],s,u,c,m,g,v,b,S,w),E=t.readSync(C.dataId),D;switch(E[0]){case 1:D=l(E[1]);break;case 2:D=Ln(E[1],E[2]);break;case 3:D=Ce(E[1],E[2],E[3]);break;default:D=``}if(t.disposeData(C.dataId),D)throw t.disposeData(h.dataId),t.disposeData(_.dataId),t.disposeData(y.dataId),t.disposeData(x.dataId),Error(D);let O=h,k=_;return T!==d[0]&&(O=fi({inputs:{x:h},attrs:{begin:0,size:[T,c]},backend:t}),k=fi({inputs:{x:_},attrs:{begin:0,size:T},backend:t}),t.disposeData(h.dataId),t.disposeData(_.dataId)),[O,k,y,x]}const Rl={kernelName:Ee,backendName:`wasm`,setupFunc:Il,kernelFunc:Ll};q();
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
let zl;function Bl(e){zl=e.wasm.cwrap(m,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Vl(e){let{backend:t,inputs:n}=e,{inputIndices:r,inputShape:i,newShape:a}=n;if(r.shape.length!==2)throw Error(`Input indices should be a matrix but received shape
        ${r.shape}`);if(i.shape.length!==1)throw Error(`Input shape should be a vector but received shape
        ${i.shape}`);if(a.shape.length!==1)throw Error(`Target shape should be a vector but received shape ${a.shape}`);let o=t.dataIdMap.get(r.dataId).id,s=t.dataIdMap.get(i.dataId).id,c=t.dataIdMap.get(a.dataId).id,l=r.shape[0],u=V(a.shape),d=t.makeOutput([l,u],r.dtype),f=t.dataIdMap.get(d.dataId).id,p=t.makeOutput([u],a.dtype),m=t.dataIdMap.get(p.dataId).id,h=t.makeOutput([3],`int32`),g=t.dataIdMap.get(h.dataId).id;zl(o,s,c,l,f,m,g);let _=t.readSync(h.dataId),v;switch(_[0]){case 0:v=st(_[1],_[2]);break;case 1:v=Bn(_[1],_[2]);break;case 2:v=Xe();break;case 3:{let e=Array.from(t.readSync(i.dataId)),n=Array.from(t.readSync(p.dataId));v=Un(e,n);break}case 4:{let e=Array.from(t.readSync(i.dataId)),n=Array.from(t.readSync(p.dataId));v=Nn(e,n);break}default:v=``}if(t.disposeData(h.dataId),v)throw t.disposeData(d.dataId),t.disposeData(p.dataId),Error(v);return[d,p]}const Hl={kernelName:m,backendName:`wasm`,setupFunc:Bl,kernelFunc:Vl};q();
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
let Ul;function Wl(e){Ul=e.wasm.cwrap(`SparseSegmentReduction`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Gl(e,t){let{backend:n,inputs:r}=e,{data:i,indices:a,segmentIds:o}=r,s=a.shape[0],c=n.readSync(o.dataId,s-1,s)[0],l=s>0?c+1:0;if(l<0)throw Error(dn());let u=i.shape.slice();u[0]=l;let d=n.dataIdMap.get(i.dataId).id,f=n.dataIdMap.get(a.dataId).id,p=n.dataIdMap.get(o.dataId).id,m=n.makeOutput(u,i.dtype),h=n.dataIdMap.get(m.dataId).id,g=n.makeOutput([4],`int32`),_=n.dataIdMap.get(g.dataId).id;Ul(d,J[i.dtype],i.shape[0],f,p,h,_,t,0);let v=n.readSync(g.dataId),y;switch(v[0]){case 0:y=dn();break;case 1:y=Xt();break;case 2:y=kt(v[1],v[2]);break;case 3:y=xt(v[1],v[2],v[3]);break;default:y=``}if(n.disposeData(g.dataId),y)throw n.disposeData(m.dataId),Error(y);return m}q();
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
function Kl(e){return Gl(e,!0)}const ql={kernelName:f,backendName:`wasm`,setupFunc:Wl,kernelFunc:Kl};q();
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
function Jl(e){return Gl(e,!1)}const Yl={kernelName:H,backendName:`wasm`,setupFunc:Wl,kernelFunc:Jl};q();
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
let Xl;function Zl(e){Xl=e.wasm.cwrap(Gt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`])}function Ql(e){let{backend:t,inputs:n,attrs:r}=e,{sparseIndices:i,sparseValues:a,defaultValue:o}=n,{outputShape:s}=r,c=t.makeOutput(s,o.dtype);if(V(s)===0)return c;let{sliceRank:l,numUpdates:u,sliceSize:d,strides:f,outputSize:p}=Pt(a,i,s),m=t.dataIdMap.get(i.dataId).id,h=t.dataIdMap.get(a.dataId).id,g=t.dataIdMap.get(o.dataId).id,_=new Uint8Array(new Int32Array(f).buffer),v=t.dataIdMap.get(c.dataId).id;return Xl(m,h,a.shape.length,g,J[o.dtype],l,u,d,_,p,v),c}const $l={kernelName:Gt,backendName:`wasm`,setupFunc:Zl,kernelFunc:Ql};q();
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
function eu(e){let{inputs:t,attrs:n,backend:r}=e,{x:i}=t,{numOrSizeSplits:a,axis:o}=n,s=Te(o,i.shape)[0],c=ce(i,a,s),l=Array(i.shape.length).fill(0),u=i.shape.slice();return c.map(e=>{let t=[...u];t[s]=e;let n=fi({inputs:{x:i},attrs:{begin:l,size:t},backend:r});return l[s]+=e,n})}const tu={kernelName:a,backendName:`wasm`,kernelFunc:eu};q();
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
const nu=Y(Vt);q();
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
const ru=Y(L);q();
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
const iu=X(oe,!0);q();
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
let au;function ou(e){au=e.wasm.cwrap(v,null,[`number`,`number`,`number`,`number`])}function su(e){let{backend:t,inputs:n,attrs:r}=e,{alpha:i}=r,{x:a}=n,o=t.dataIdMap.get(a.dataId).id,s=t.makeOutput(a.shape,a.dtype),c=t.dataIdMap.get(s.dataId).id;return au(o,i,J[a.dtype],c),s}const cu={kernelName:v,backendName:`wasm`,setupFunc:ou,kernelFunc:su};q();
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
let lu;function uu(e){lu=e.wasm.cwrap(D,null,[`number`,`array`,`number`,`array`,`array`,`array`,`array`,`array`,`number`,`number`])}function du(e){let{backend:t,inputs:n,attrs:r}=e,{x:i}=n,{begin:a,end:o,strides:s,beginMask:c,endMask:l,ellipsisMask:u,newAxisMask:d,shrinkAxisMask:f}=r,{finalShapeSparse:p,finalShape:m,isIdentity:h,sliceDim0:g,isSimpleSlice:_,begin:v,end:y,strides:b}=B(i.shape,a,o,s,c,l,u,d,f),x;if(h)x=Q({inputs:{x:i},backend:t,attrs:{shape:m}});else if(g||_){K(i.shape.length>=1,()=>`Input must have rank at least 1, got: ${i.shape.length}`);let e=qt(v,y,b),n=fi({inputs:{x:i},backend:t,attrs:{begin:v,size:e}});x=Q({inputs:{x:n},backend:t,attrs:{shape:m}}),t.disposeData(n.dataId)}else{let e=t.makeOutput(p,`float32`),n=t.dataIdMap.get(i.dataId).id,r=new Uint8Array(new Int32Array(G(i.shape)).buffer),a=new Uint8Array(new Int32Array(v).buffer),o=new Uint8Array(new Int32Array(y).buffer),s=new Uint8Array(new Int32Array(b).buffer),c=new Uint8Array(new Int32Array(p).buffer),l=new Uint8Array(new Int32Array(G(p)).buffer),u=t.dataIdMap.get(e.dataId).id;lu(n,r,i.shape.length,a,o,s,c,l,p.length,u),x=Q({inputs:{x:e},backend:t,attrs:{shape:m}}),t.disposeData(e.dataId)}return x}const fu={kernelName:D,backendName:`wasm`,setupFunc:uu,kernelFunc:du};q(),or();
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
function pu(e){let{backend:t,inputs:n,attrs:r}=e,{data:i,dataSplits:a}=n,{separator:o,nGramWidths:s,leftPad:c,rightPad:l,padWidth:u,preserveShortSequences:d}=r,f=t.readSync(i.dataId),p=t.readSync(a.dataId),[m,h]=Yn(f,p,o,s,c,l,u,d),g=t.makeOutput([m.length],`string`),_=t.dataIdMap.get(g.dataId);_.stringBytes=m;let v=t.makeOutput(a.shape,`int32`);return t.typedArrayFromHeap(v).set(h),[g,v]}const mu={kernelName:te,backendName:`wasm`,kernelFunc:pu};q(),Jn();
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
function hu(e){let{backend:t,inputs:n,attrs:r}=e,{input:i,delimiter:a}=n,{skipEmpty:o}=r,s=t.readSync(i.dataId),c=t.readSync(a.dataId),[l,u,d]=rr(s,c[0],o),f=u.length,p=t.makeOutput([f,2],`int32`);t.typedArrayFromHeap(p).set(l);let m=t.makeOutput([f],`string`),h=t.dataIdMap.get(m.dataId);h.stringBytes=u;let g=t.makeOutput([2],`int32`);return t.typedArrayFromHeap(g).set(d),[p,m,g]}const gu={kernelName:ve,backendName:`wasm`,kernelFunc:hu};q(),ar();
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
function _u(e){let{backend:t,inputs:n,attrs:r}=e,{input:i}=n,{numBuckets:a}=r,o=t.readSync(i.dataId),s=$n(o,a),c=t.makeOutput(i.shape,`int32`);return t.typedArrayFromHeap(c).set(s),c}const vu={kernelName:Kn,backendName:`wasm`,kernelFunc:_u};q();
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
const yu=X(`Sub`,!0);q();
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
let bu;function xu(e){bu=e.wasm.cwrap(`Sum`,null,[`number`,`number`,`number`,`number`])}function Su(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=Or(o,i,t),m=d;if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e,m=Be(m.length,l.shape.length))}F(`sum`,m,l.shape.length);let[h,g]=vn(l.shape,m),_=V(g),v=t.makeOutput(h,l.dtype);if(V(l.shape)!==0){let e=t.dataIdMap.get(v.dataId).id;bu(c,_,J[v.dtype],e)}return p&&t.disposeData(u.dataId),a&&(v.shape=M(v.shape,f)),v}const Cu={kernelName:`Sum`,backendName:`wasm`,setupFunc:xu,kernelFunc:Su};q();
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
const wu=Y(`Tan`);q();
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
const Tu=Y(s);q();
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
let Eu;function Du(e){Eu=e.wasm.cwrap(je,null,[`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`,`number`])}function Ou(e){let{backend:t,inputs:n,attrs:r}=e,{tensor:i,indices:a,updates:o}=n,{}=r,s=t.makeOutput(i.shape,i.dtype);if(V(i.shape)===0)return s;let{sliceRank:c,numUpdates:l,sliceSize:u,strides:d,outputSize:f}=Pt(o,a,i.shape),p=t.dataIdMap.get(a.dataId).id,m=t.dataIdMap.get(o.dataId).id,h=t.dataIdMap.get(i.dataId).id,g=new Uint8Array(new Int32Array(d).buffer),_=t.dataIdMap.get(s.dataId).id;return Eu(p,m,J[o.dtype],c,l,u,g,f,_,h),s}const ku={kernelName:je,backendName:`wasm`,setupFunc:Du,kernelFunc:Ou};q();
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
let Au;function ju(e){Au=e.wasm.cwrap(w,null,[`number`,`array`,`number`,`array`,`number`,`number`])}function Mu(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,a=n.dataIdMap.get(i.dataId).id,{reps:o}=r,s=Array(i.shape.length);for(let e=0;e<s.length;e++)s[e]=i.shape[e]*o[e];let c=new Uint8Array(new Int32Array(i.shape).buffer),l=new Uint8Array(new Int32Array(s).buffer),u=n.makeOutput(s,i.dtype),d=n.dataIdMap.get(u.dataId).id;return Au(a,c,i.shape.length,l,s.length,J[u.dtype],d),u}const Nu={kernelName:w,backendName:`wasm`,setupFunc:ju,kernelFunc:Mu};q();
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
let Pu;function Fu(e){Pu=e.wasm.cwrap(Oe,null,[`number`,`array`,`number`,`number`,`number`,`bool`,`number`,`number`])}const Iu={kernelName:Oe,backendName:`wasm`,setupFunc:Fu,kernelFunc:({inputs:e,backend:t,attrs:n})=>{let{x:r}=e,{k:i,sorted:a}=n,o=t.dataIdMap.get(r.dataId).id,s=new Uint8Array(new Int32Array(r.shape).buffer),c=r.shape.slice();c[c.length-1]=i;let l=t.makeOutput(c,r.dtype),u=t.dataIdMap.get(l.dataId).id,d=t.makeOutput(c,`int32`),f=t.dataIdMap.get(d.dataId).id;return Pu(o,s,r.shape.length,J[r.dtype],i,a,u,f),[l,d]}};q();
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
let Lu;function Ru(e){Lu=e.wasm.cwrap(Fe,null,[`number`,`number`,`bool`,`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`array`,`number`,`number`,`number`,`number`,`number`])}function zu(e){let{backend:t,inputs:n,attrs:r}=e,{image:i,transforms:a}=n,{interpolation:o,fillMode:s,fillValue:c,outputShape:l}=r,[u,d,f,p]=i.shape,[m,h]=l??[d,f],g=[u,m,h,p],_=new Uint8Array(new Int32Array(G(i.shape)).buffer),v=new Uint8Array(new Int32Array(G(g)).buffer),y=t.makeOutput(g,i.dtype),b=t.dataIdMap.get(y.dataId).id,x=t.dataIdMap.get(i.dataId).id,S=t.dataIdMap.get(a.dataId).id,C=o===`nearest`?1:2,w;switch(s){case`constant`:w=1;break;case`reflect`:w=2;break;case`wrap`:w=3;break;case`nearest`:w=4;break;default:w=1}return Lu(x,S,a.shape[0]>1,u,m,h,p,f,d,_,i.shape.length-1,v,g.length-1,C,w,c,b),y}const Bu={kernelName:Fe,backendName:`wasm`,setupFunc:Ru,kernelFunc:zu};q(),sr();
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
function Vu(e){let{inputs:t,attrs:n,backend:r}=e,{axis:i}=n,{x:a}=t,{outputValues:o,outputShape:s,indices:c}=nr(r.readSync(a.dataId),i,a.shape,a.dtype);return[r.makeOutput(s,a.dtype,void 0,o),r.makeOutput([c.length],`int32`,void 0,c)]}const Hu={kernelName:ee,backendName:`wasm`,kernelFunc:Vu};q();
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
function Uu(e){let{inputs:t,backend:n,attrs:r}=e,{value:i}=t,{axis:a}=r;a<0&&(a+=i.shape.length);let o=i.shape[a],s=i.shape.length,c=Array(s-1),l=0;for(let e=0;e<s;e++)e!==a&&(c[l++]=i.shape[e]);let u=Array(o),d=Array(s).fill(0),f=i.shape.slice();f[a]=1;for(let e=0;e<u.length;e++)d[a]=e,u[e]=fi({inputs:{x:i},attrs:{begin:d,size:f},backend:n});return u.map(({dataId:e,dtype:t})=>({dataId:e,dtype:t,shape:c}))}const Wu={kernelName:_n,backendName:`wasm`,kernelFunc:Uu};q();
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
function Gu(e){let{inputs:{x:t},backend:n}=e,r=n.makeOutput(t.shape,t.dtype);return n.typedArrayFromHeap(r).fill(0),r}const Ku={kernelName:ze,backendName:`wasm`,kernelFunc:Gu};q();
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
const qu=[fr,pr,mr,hr,gr,br,Mr,Ir,Rr,zr,Br,Vr,Hr,Ur,Wr,Jr,oi,Qr,ni,di,vi,Si,Ci,Ti,Ei,Di,ji,Ni,Li,Vi,Gi,Yi,$i,ea,ta,oa,ua,ma,va,Sa,Ea,Aa,Pa,Ra,Ha,Ua,qa,Ja,Ya,Xa,Qa,$a,to,ao,oo,so,fo,go,bo,wo,Oo,ko,Ao,Sr,jo,Mo,No,Lo,Ro,zo,Uo,Go,Wo,Ko,qo,Jo,Yo,$o,rs,ss,cs,fs,gs,bs,ws,Os,Ms,Is,Ls,Hs,Xs,Zs,Qs,$s,ic,cc,fc,pc,_c,yc,xc,Tc,Ec,Ac,Pc,Fc,Ic,Lc,Rc,zc,si,Uc,qc,Zc,tl,al,ll,ul,dl,hl,yl,Cl,wl,Ol,kl,Al,jl,gi,Ks,Ml,Pl,Rl,Hl,ql,Yl,$l,tu,nu,ru,iu,cu,fu,mu,gu,vu,yu,Cu,wu,Tu,ku,Nu,Iu,Bu,Dr,Hu,Wu,Ku];for(let e of qu)Ve(e);q();
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
const Ju=Dn();Ju.registerFlag(`WASM_HAS_SIMD_SUPPORT`,async()=>{try{return WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,9,1,7,0,65,0,253,15,26,11]))}catch{return!1}}),Ju.registerFlag(`WASM_HAS_MULTITHREAD_SUPPORT`,async()=>{if(Ju.get(`IS_NODE`))return!1;try{return new MessageChannel().port1.postMessage(new SharedArrayBuffer(1)),WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,5,4,1,3,1,1,10,11,1,9,0,65,0,254,16,2,0,26,11]))}catch{return!1}});var Yu=/* @__PURE__ */ t(((e,t)=>{var n=(()=>{var e=typeof document<`u`&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<`u`&&(e||=__filename),(function(t){t||={};function n(){return M.buffer!=L&&B(M.buffer),R}function r(){return M.buffer!=L&&B(M.buffer),ae}function i(){return M.buffer!=L&&B(M.buffer),z}function a(){return M.buffer!=L&&B(M.buffer),oe}function o(){return M.buffer!=L&&B(M.buffer),se}var s=t===void 0?{}:t,c,l;s.ready=new Promise(function(e,t){c=e,l=t});var u;typeof process<`u`&&process.listeners&&(u={uncaughtException:process.listeners(`uncaughtException`),unhandledRejection:process.listeners(`unhandledRejection`)});var d=Object.assign({},s),f=[],p=(e,t)=>{throw t},m=typeof window==`object`,h=typeof importScripts==`function`,g=typeof process==`object`&&typeof process.versions==`object`&&typeof process.versions.node==`string`,_=s.ENVIRONMENT_IS_PTHREAD||!1,v=``;function y(e){return s.locateFile?s.locateFile(e,v):v+e}var b,x,S;function C(e){e instanceof je||k(`exiting due to exception: `+e)}if(g){var w=Ne(),T=Ne();v=h?T.dirname(v)+`/`:__dirname+`/`,b=(e,t)=>(e=Ee(e)?new URL(e):T.normalize(e),w.readFileSync(e,t?void 0:`utf8`)),S=e=>{var t=b(e,!0);return t.buffer||(t=new Uint8Array(t)),t},x=(e,t,n)=>{e=Ee(e)?new URL(e):T.normalize(e),w.readFile(e,function(e,r){e?n(e):t(r.buffer)})},process.argv.length>1&&process.argv[1].replace(/\\/g,`/`),f=process.argv.slice(2),process.on(`uncaughtException`,function(e){if(!(e instanceof je))throw e}),process.on(`unhandledRejection`,function(e){throw e}),p=(e,t)=>{if(de())throw process.exitCode=e,t;C(t),process.exit(e)},s.inspect=function(){return`[Emscripten Module object]`};let e;try{e=Ne()}catch(e){throw console.error(`The "worker_threads" module is not supported in this node.js build - perhaps a newer version is needed?`),e}global.Worker=e.Worker}else(m||h)&&(h?v=self.location.href:typeof document<`u`&&document.currentScript&&(v=document.currentScript.src),v=v.indexOf(`blob:`)===0?``:v.substr(0,v.replace(/[?#].*/,``).lastIndexOf(`/`)+1),g||(b=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.send(null),t.responseText},h&&(S=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.responseType=`arraybuffer`,t.send(null),new Uint8Array(t.response)}),x=(e,t,n)=>{var r=new XMLHttpRequest;r.open(`GET`,e,!0),r.responseType=`arraybuffer`,r.onload=()=>{r.status==200||r.status==0&&r.response?t(r.response):n()},r.onerror=n,r.send(null)}));g&&typeof performance>`u`&&(global.performance=Ne().performance);var E=console.log.bind(console),D=console.warn.bind(console);g&&(E=e=>w.writeSync(1,e+`
`),D=e=>w.writeSync(2,e+`
`));var O=s.print||E,k=s.printErr||D;Object.assign(s,d),d=null,s.arguments&&(f=s.arguments),s.thisProgram&&s.thisProgram,s.quit&&(p=s.quit),Atomics.load,Atomics.store,Atomics.compareExchange;var A;s.wasmBinary&&(A=s.wasmBinary);var j=s.noExitRuntime||!0;typeof WebAssembly!=`object`&&Ce(`no native wasm support detected`);var M,N,ee=!1,P;function F(e,t){e||Ce(t)}var I=typeof TextDecoder<`u`?new TextDecoder(`utf8`):void 0;function te(e,t,n){t>>>=0;for(var r=t+n,i=t;e[i]&&!(i>=r);)++i;if(i-t>16&&e.buffer&&I)return I.decode(e.buffer instanceof SharedArrayBuffer?e.slice(t,i):e.subarray(t,i));for(var a=``;t<i;){var o=e[t++];if(!(o&128))a+=String.fromCharCode(o);else{var s=e[t++]&63;if((o&224)==192)a+=String.fromCharCode((o&31)<<6|s);else{var c=e[t++]&63;if(o=(o&240)==224?(o&15)<<12|s<<6|c:(o&7)<<18|s<<12|c<<6|e[t++]&63,o<65536)a+=String.fromCharCode(o);else{var l=o-65536;a+=String.fromCharCode(55296|l>>10,56320|l&1023)}}}}return a}function ne(e,t){return e>>>=0,e?te(r(),e,t):``}function re(e,t,n,r){if(n>>>=0,!(r>0))return 0;for(var i=n,a=n+r-1,o=0;o<e.length;++o){var s=e.charCodeAt(o);if(s>=55296&&s<=57343){var c=e.charCodeAt(++o);s=65536+((s&1023)<<10)|c&1023}if(s<=127){if(n>=a)break;t[n++>>>0]=s}else if(s<=2047){if(n+1>=a)break;t[n++>>>0]=192|s>>6,t[n++>>>0]=128|s&63}else if(s<=65535){if(n+2>=a)break;t[n++>>>0]=224|s>>12,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}else{if(n+3>=a)break;t[n++>>>0]=240|s>>18,t[n++>>>0]=128|s>>12&63,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}}return t[n>>>0]=0,n-i}function ie(e,t,n){return re(e,r(),t,n)}var L,R,ae,z,oe,se;_&&(L=s.buffer);function B(e){L=e,s.HEAP8=R=new Int8Array(e),s.HEAP16=new Int16Array(e),s.HEAP32=z=new Int32Array(e),s.HEAPU8=ae=new Uint8Array(e),s.HEAPU16=new Uint16Array(e),s.HEAPU32=oe=new Uint32Array(e),s.HEAPF32=new Float32Array(e),s.HEAPF64=se=new Float64Array(e)}var ce=s.INITIAL_MEMORY||16777216;if(_)M=s.wasmMemory,L=s.buffer;else if(s.wasmMemory)M=s.wasmMemory;else if(M=new WebAssembly.Memory({initial:ce/65536,maximum:65536,shared:!0}),!(M.buffer instanceof SharedArrayBuffer))throw k(`requested a shared WebAssembly.Memory but the returned buffer is not a SharedArrayBuffer, indicating that while the browser has SharedArrayBuffer it does not have WebAssembly threads support - you may need to set a flag`),g&&k(`(on node you may need: --experimental-wasm-threads --experimental-wasm-bulk-memory and/or recent version)`),Error(`bad memory`);M&&(L=M.buffer),ce=L.byteLength,B(L);var le,V=[],H=[],ue=[];function de(){return j}function fe(){if(s.preRun)for(typeof s.preRun==`function`&&(s.preRun=[s.preRun]);s.preRun.length;)he(s.preRun.shift());He(V)}function pe(){_||He(H)}function me(){if(!_){if(s.postRun)for(typeof s.postRun==`function`&&(s.postRun=[s.postRun]);s.postRun.length;)_e(s.postRun.shift());He(ue)}}function he(e){V.unshift(e)}function ge(e){H.unshift(e)}function _e(e){ue.unshift(e)}var ve=0,ye=null,be=null;function xe(e){ve++,s.monitorRunDependencies&&s.monitorRunDependencies(ve)}function Se(e){if(ve--,s.monitorRunDependencies&&s.monitorRunDependencies(ve),ve==0&&(ye!==null&&(clearInterval(ye),ye=null),be)){var t=be;be=null,t()}}function Ce(e){s.onAbort&&s.onAbort(e),e=`Aborted(`+e+`)`,k(e),ee=!0,P=1,e+=`. Build with -sASSERTIONS for more info.`;var t=new WebAssembly.RuntimeError(e);throw l(t),t}var we=`data:application/octet-stream;base64,`;function Te(e){return e.startsWith(we)}function Ee(e){return e.startsWith(`file://`)}var U=`tfjs-backend-wasm-threaded-simd.wasm`;Te(U)||(U=y(U));function De(e){try{if(e==U&&A)return new Uint8Array(A);if(S)return S(e);throw`both async and sync fetching of the wasm failed`}catch(e){Ce(e)}}function Oe(){if(!A&&(m||h)){if(typeof fetch==`function`&&!Ee(U))return fetch(U,{credentials:`same-origin`}).then(function(e){if(!e.ok)throw`failed to load wasm binary file at '`+U+`'`;return e.arrayBuffer()}).catch(function(){return De(U)});if(x)return new Promise(function(e,t){x(U,function(t){e(new Uint8Array(t))},t)})}return Promise.resolve().then(function(){return De(U)})}function ke(){var e={env:At,wasi_snapshot_preview1:At};function t(e,t){if(s.asm=e.exports,Je(s.asm._emscripten_tls_init),le=s.asm.__indirect_function_table,ge(s.asm.__wasm_call_ctors),N=t,!_){var n=W.unusedWorkers.length;W.unusedWorkers.forEach(function(e){W.loadWasmModuleToWorker(e,function(){--n||Se(`wasm-instantiate`)})})}}_||xe(`wasm-instantiate`);function n(e){t(e.instance,e.module)}function r(t){return Oe().then(function(t){return WebAssembly.instantiate(t,e)}).then(function(e){return e}).then(t,function(e){k(`failed to asynchronously prepare wasm: `+e),Ce(e)})}function i(){return!A&&typeof WebAssembly.instantiateStreaming==`function`&&!Te(U)&&!Ee(U)&&!g&&typeof fetch==`function`?fetch(U,{credentials:`same-origin`}).then(function(t){return WebAssembly.instantiateStreaming(t,e).then(n,function(e){return k(`wasm streaming compile failed: `+e),k(`falling back to ArrayBuffer instantiation`),r(n)})}):r(n)}if(s.instantiateWasm)try{return s.instantiateWasm(e,t)}catch(e){k(`Module.instantiateWasm callback failed with error: `+e),l(e)}return i().catch(l),{}}var Ae={};function je(e){this.name=`ExitStatus`,this.message=`Program terminated with exit(`+e+`)`,this.status=e}function Me(e){var t=W.pthreads[e];delete W.pthreads[e],t.terminate(),vi(e),W.runningWorkers.splice(W.runningWorkers.indexOf(t),1),t.pthread_ptr=0}function Pe(e){W.pthreads[e].postMessage({cmd:`cancel`})}function Fe(e){var t=W.pthreads[e];F(t),W.returnWorkerToPool(t)}function Ie(e){var t=W.getNewWorker();if(!t)return 6;W.runningWorkers.push(t),W.pthreads[e.pthread_ptr]=t,t.pthread_ptr=e.pthread_ptr;var n={cmd:`run`,start_routine:e.startRoutine,arg:e.arg,pthread_ptr:e.pthread_ptr};return t.runPthread=()=>{g&&t.ref(),t.postMessage(n,e.transferList),delete t.runPthread},t.loaded&&t.runPthread(),0}var Le={varargs:void 0,get:function(){return Le.varargs+=4,i()[Le.varargs-4>>>2]},getStr:function(e){return ne(e)}};function Re(e){if(_)return mt(1,1,e);P=e,de()||(W.terminateAllThreads(),s.onExit&&s.onExit(e),ee=!0),p(e,new je(e))}function ze(e,t){if(P=e,!t&&_)throw We(e),`unwind`;Re(e)}var Be=ze;function Ve(e){if(e instanceof je||e==`unwind`)return P;p(1,e)}var W={unusedWorkers:[],runningWorkers:[],tlsInitFunctions:[],pthreads:{},init:function(){_?W.initWorker():W.initMainThread()},initMainThread:function(){for(var e=8;e--;)W.allocateUnusedWorker()},initWorker:function(){j=!1},setExitStatus:function(e){P=e},terminateAllThreads:function(){for(var e of Object.values(W.pthreads))W.returnWorkerToPool(e);for(var e of W.unusedWorkers)e.terminate();W.unusedWorkers=[]},returnWorkerToPool:function(e){var t=e.pthread_ptr;delete W.pthreads[t],W.unusedWorkers.push(e),W.runningWorkers.splice(W.runningWorkers.indexOf(e),1),e.pthread_ptr=0,g&&e.unref(),vi(t)},receiveObjectTransfer:function(e){},threadInitTLS:function(){W.tlsInitFunctions.forEach(e=>e())},loadWasmModuleToWorker:function(t,n){t.onmessage=e=>{var r=e.data,i=r.cmd;if(t.pthread_ptr&&(W.currentProxiedOperationCallerThread=t.pthread_ptr),r.targetThread&&r.targetThread!=li()){var a=W.pthreads[r.targetThread];a?a.postMessage(r,r.transferList):k(`Internal error! Worker sent a message "`+i+`" to target pthread `+r.targetThread+`, but that thread no longer exists!`),W.currentProxiedOperationCallerThread=void 0}else i===`processProxyingQueue`?nt(r.queue):i===`spawnThread`?Ie(r):i===`cleanupThread`?Fe(r.thread):i===`killThread`?Me(r.thread):i===`cancelThread`?Pe(r.thread):i===`loaded`?(t.loaded=!0,g&&t.unref(),n&&n(t),t.runPthread&&t.runPthread()):i===`print`?O(`Thread `+r.threadId+`: `+r.text):i===`printErr`?k(`Thread `+r.threadId+`: `+r.text):i===`alert`?alert(`Thread `+r.threadId+`: `+r.text):r.target===`setimmediate`?t.postMessage(r):i===`callHandler`?s[r.handler](...r.args):i&&k(`worker sent an unknown command `+i),W.currentProxiedOperationCallerThread=void 0},t.onerror=e=>{throw k(`worker sent an error! `+e.filename+`:`+e.lineno+`: `+e.message),e},g&&(t.on(`message`,function(e){t.onmessage({data:e})}),t.on(`error`,function(e){t.onerror(e)}),t.on(`detachedExit`,function(){}));var r=[];for(var i of[`onExit`,`onAbort`,`print`,`printErr`])s.hasOwnProperty(i)&&r.push(i);t.postMessage({cmd:`load`,handlers:r,urlOrBlob:s.mainScriptUrlOrBlob||e,wasmMemory:M,wasmModule:N})},allocateUnusedWorker:function(){var e,t=y(`tfjs-backend-wasm-threaded-simd.worker.js`);e=new Worker(t),W.unusedWorkers.push(e)},getNewWorker:function(){return W.unusedWorkers.length==0&&(W.allocateUnusedWorker(),W.loadWasmModuleToWorker(W.unusedWorkers[0])),W.unusedWorkers.pop()}};s.PThread=W;function He(e){for(;e.length>0;)e.shift()(s)}function Ue(){var e=li(),t=i()[e+52>>>2],n=t-i()[e+56>>>2];bi(t,n),Si(t)}s.establishStackSpace=Ue;function We(e){if(_)return mt(2,0,e);try{Be(e)}catch(e){Ve(e)}}var Ge=[];function Ke(e){var t=Ge[e];return t||(e>=Ge.length&&(Ge.length=e+1),Ge[e]=t=le.get(e)),t}function qe(e,t){var n=Ke(e)(t);de()?W.setExitStatus(n):yi(n)}s.invokeEntryPoint=qe;function Je(e){W.tlsInitFunctions.push(e)}function Ye(e){di(e,!h,1,!m),W.threadInitTLS()}function Xe(e){_?postMessage({cmd:`cleanupThread`,thread:e}):Fe(e)}function Ze(e,t,n,r){return _?mt(3,1,e,t,n,r):Qe(e,t,n,r)}function Qe(e,t,n,r){if(typeof SharedArrayBuffer>`u`)return k(`Current environment does not support SharedArrayBuffer, pthreads are not available!`),6;var i=[];if(_&&i.length===0)return Ze(e,t,n,r);var a={startRoutine:n,pthread_ptr:e,arg:r,transferList:i};return _?(a.cmd=`spawnThread`,postMessage(a,i),0):Ie(a)}function $e(){return 65536}var et=!0;function tt(){return et}function nt(e){Atomics.store(i(),e>>2,1),li()&&_i(e),Atomics.compareExchange(i(),e>>2,1,0)}s.executeNotifiedProxyingQueue=nt;function rt(e,t,n,r){if(e==t)setTimeout(()=>nt(r));else if(_)postMessage({targetThread:e,cmd:`processProxyingQueue`,queue:r});else{var i=W.pthreads[e];if(!i)return;i.postMessage({cmd:`processProxyingQueue`,queue:r})}return 1}function it(e,t,n){return-1}function at(){Ce(``)}function ot(e){ot.shown||={},ot.shown[e]||(ot.shown[e]=1,g&&(e=`warning: `+e),k(e))}function st(){g||h||ot(`Blocking on the main thread is very dangerous, see https://emscripten.org/docs/porting/pthreads.html#blocking-on-the-main-browser-thread`)}function ct(){return Date.now()}function lt(){return 4294901760}function ut(){return lt()}var dt=g?()=>{var e=process.hrtime();return e[0]*1e3+e[1]/1e6}:()=>performance.timeOrigin+performance.now();function ft(e,t,n){r().copyWithin(e>>>0,t>>>0,t+n>>>0)}function G(){return g?Ne().cpus().length:navigator.hardwareConcurrency}function pt(e){var t=xi(),n=e();return Si(t),n}function mt(e,t){var n=arguments.length-2,r=arguments;return pt(()=>{for(var i=n,a=Ci(i*8),s=a>>3,c=0;c<n;c++){var l=r[2+c];o()[s+c>>>0]=l}return hi(e,i,a,t)})}var ht=[];function gt(e,t,n){ht.length=t;for(var r=n>>3,i=0;i<t;i++)ht[i]=o()[r+i>>>0];return(e<0?Ae[-e-1]:kt[e]).apply(null,ht)}function _t(e){try{return M.grow(e-L.byteLength+65535>>>16),B(M.buffer),1}catch{}}function vt(e){var t=r().length;if(e>>>=0,e<=t)return!1;var n=lt();if(e>n)return!1;let i=(e,t)=>e+(t-e%t)%t;for(var a=1;a<=4;a*=2){var o=t*(1+.2/a);if(o=Math.min(o,e+100663296),_t(Math.min(n,i(Math.max(e,o),65536))))return!0}return!1}function yt(){throw`unwind`}function bt(e){return _?mt(4,1,e):52}function xt(e,t,n,r,i){return _?mt(5,1,e,t,n,r,i):70}var St=[null,[],[]];function Ct(e,t){var n=St[e];t===0||t===10?((e===1?O:k)(te(n,0)),n.length=0):n.push(t)}function wt(e,t,n,i){if(_)return mt(6,1,e,t,n,i);for(var o=0,s=0;s<n;s++){var c=a()[t>>>2],l=a()[t+4>>>2];t+=8;for(var u=0;u<l;u++)Ct(e,r()[c+u>>>0]);o+=l}return a()[i>>>2]=o,0}function Tt(e){return s[`_`+e]}function Et(e,t){n().set(e,t>>>0)}function Dt(e,t,n,r,i){var a={string:e=>{var t=0;if(e!=null&&e!==0){var n=(e.length<<2)+1;t=Ci(n),ie(e,t,n)}return t},array:e=>{var t=Ci(e.length);return Et(e,t),t}};function o(e){return t===`string`?ne(e):t===`boolean`?!!e:e}var s=Tt(e),c=[],l=0;if(r)for(var u=0;u<r.length;u++){var d=a[n[u]];d?(l===0&&(l=xi()),c[u]=d(r[u])):c[u]=r[u]}var f=s.apply(null,c);function p(e){return l!==0&&Si(l),o(e)}return f=p(f),f}function Ot(e,t,n,r){n||=[];var i=n.every(e=>e===`number`||e===`boolean`);return t!==`string`&&i&&!r?Tt(e):function(){return Dt(e,t,n,arguments,r)}}W.init();var kt=[null,Re,We,Ze,bt,xt,wt],At={__emscripten_init_main_thread_js:Ye,__emscripten_thread_cleanup:Xe,__pthread_create_js:Qe,_emscripten_default_pthread_stack_size:$e,_emscripten_get_now_is_monotonic:tt,_emscripten_notify_task_queue:rt,_emscripten_set_offscreencanvas_size:it,abort:at,emscripten_check_blocking_allowed:st,emscripten_date_now:ct,emscripten_get_heap_max:ut,emscripten_get_now:dt,emscripten_memcpy_big:ft,emscripten_num_logical_cores:G,emscripten_receive_on_main_thread_js:gt,emscripten_resize_heap:vt,emscripten_unwind_to_js_event_loop:yt,exit:Be,fd_close:bt,fd_seek:xt,fd_write:wt,memory:M||s.wasmMemory};ke();var jt=s.___wasm_call_ctors=function(){return(jt=s.___wasm_call_ctors=s.asm.__wasm_call_ctors).apply(null,arguments)},Mt=s._init=function(){return(Mt=s._init=s.asm.init).apply(null,arguments)},Nt=s._init_with_threads_count=function(){return(Nt=s._init_with_threads_count=s.asm.init_with_threads_count).apply(null,arguments)},Pt=s._get_threads_count=function(){return(Pt=s._get_threads_count=s.asm.get_threads_count).apply(null,arguments)},Ft=s._register_tensor=function(){return(Ft=s._register_tensor=s.asm.register_tensor).apply(null,arguments)},It=s._dispose_data=function(){return(It=s._dispose_data=s.asm.dispose_data).apply(null,arguments)},K=s._dispose=function(){return(K=s._dispose=s.asm.dispose).apply(null,arguments)},Lt=s._Abs=function(){return(Lt=s._Abs=s.asm.Abs).apply(null,arguments)},Rt=s._Acos=function(){return(Rt=s._Acos=s.asm.Acos).apply(null,arguments)},zt=s._Acosh=function(){return(zt=s._Acosh=s.asm.Acosh).apply(null,arguments)},Bt=s._Add=function(){return(Bt=s._Add=s.asm.Add).apply(null,arguments)},Vt=s._AddN=function(){return(Vt=s._AddN=s.asm.AddN).apply(null,arguments)},Ht=s._All=function(){return(Ht=s._All=s.asm.All).apply(null,arguments)},Ut=s._Any=function(){return(Ut=s._Any=s.asm.Any).apply(null,arguments)},Wt=s._ArgMax=function(){return(Wt=s._ArgMax=s.asm.ArgMax).apply(null,arguments)},Gt=s._ArgMin=function(){return(Gt=s._ArgMin=s.asm.ArgMin).apply(null,arguments)},Kt=s._Asin=function(){return(Kt=s._Asin=s.asm.Asin).apply(null,arguments)},qt=s._Asinh=function(){return(qt=s._Asinh=s.asm.Asinh).apply(null,arguments)},Jt=s._Atan=function(){return(Jt=s._Atan=s.asm.Atan).apply(null,arguments)},Yt=s._Atan2=function(){return(Yt=s._Atan2=s.asm.Atan2).apply(null,arguments)},Xt=s._Atanh=function(){return(Xt=s._Atanh=s.asm.Atanh).apply(null,arguments)},Zt=s._AvgPool=function(){return(Zt=s._AvgPool=s.asm.AvgPool).apply(null,arguments)},Qt=s._AvgPool3D=function(){return(Qt=s._AvgPool3D=s.asm.AvgPool3D).apply(null,arguments)},$t=s._AvgPool3DGrad=function(){return($t=s._AvgPool3DGrad=s.asm.AvgPool3DGrad).apply(null,arguments)},en=s._AvgPoolGrad=function(){return(en=s._AvgPoolGrad=s.asm.AvgPoolGrad).apply(null,arguments)},tn=s._BatchMatMul=function(){return(tn=s._BatchMatMul=s.asm.BatchMatMul).apply(null,arguments)},nn=s._Bincount=function(){return(nn=s._Bincount=s.asm.Bincount).apply(null,arguments)},rn=s._BitwiseAnd=function(){return(rn=s._BitwiseAnd=s.asm.BitwiseAnd).apply(null,arguments)},an=s._Ceil=function(){return(an=s._Ceil=s.asm.Ceil).apply(null,arguments)},on=s._ClipByValue=function(){return(on=s._ClipByValue=s.asm.ClipByValue).apply(null,arguments)},sn=s._Conv2D=function(){return(sn=s._Conv2D=s.asm.Conv2D).apply(null,arguments)},cn=s._Conv2DBackpropInput=function(){return(cn=s._Conv2DBackpropInput=s.asm.Conv2DBackpropInput).apply(null,arguments)},ln=s._Conv3D=function(){return(ln=s._Conv3D=s.asm.Conv3D).apply(null,arguments)},un=s._Conv3DBackpropFilterV2=function(){return(un=s._Conv3DBackpropFilterV2=s.asm.Conv3DBackpropFilterV2).apply(null,arguments)},dn=s._Conv3DBackpropInputV2=function(){return(dn=s._Conv3DBackpropInputV2=s.asm.Conv3DBackpropInputV2).apply(null,arguments)},fn=s._Cos=function(){return(fn=s._Cos=s.asm.Cos).apply(null,arguments)},pn=s._Cosh=function(){return(pn=s._Cosh=s.asm.Cosh).apply(null,arguments)},mn=s._CropAndResize=function(){return(mn=s._CropAndResize=s.asm.CropAndResize).apply(null,arguments)},hn=s._Cumprod=function(){return(hn=s._Cumprod=s.asm.Cumprod).apply(null,arguments)},gn=s._Cumsum=function(){return(gn=s._Cumsum=s.asm.Cumsum).apply(null,arguments)},_n=s._DenseBincount=function(){return(_n=s._DenseBincount=s.asm.DenseBincount).apply(null,arguments)},vn=s._DepthToSpace=function(){return(vn=s._DepthToSpace=s.asm.DepthToSpace).apply(null,arguments)},yn=s._DepthwiseConv2dNative=function(){return(yn=s._DepthwiseConv2dNative=s.asm.DepthwiseConv2dNative).apply(null,arguments)},bn=s._Diag=function(){return(bn=s._Diag=s.asm.Diag).apply(null,arguments)},xn=s._Dilation2D=function(){return(xn=s._Dilation2D=s.asm.Dilation2D).apply(null,arguments)},Sn=s._Dilation2DBackpropFilter=function(){return(Sn=s._Dilation2DBackpropFilter=s.asm.Dilation2DBackpropFilter).apply(null,arguments)},Cn=s._Dilation2DBackpropInput=function(){return(Cn=s._Dilation2DBackpropInput=s.asm.Dilation2DBackpropInput).apply(null,arguments)},wn=s._Elu=function(){return(wn=s._Elu=s.asm.Elu).apply(null,arguments)},Tn=s._EluGrad=function(){return(Tn=s._EluGrad=s.asm.EluGrad).apply(null,arguments)},q=s._Equal=function(){return(q=s._Equal=s.asm.Equal).apply(null,arguments)},En=s._Erf=function(){return(En=s._Erf=s.asm.Erf).apply(null,arguments)},Dn=s._Exp=function(){return(Dn=s._Exp=s.asm.Exp).apply(null,arguments)},On=s._Expm1=function(){return(On=s._Expm1=s.asm.Expm1).apply(null,arguments)},kn=s._FlipLeftRight=function(){return(kn=s._FlipLeftRight=s.asm.FlipLeftRight).apply(null,arguments)},An=s._Floor=function(){return(An=s._Floor=s.asm.Floor).apply(null,arguments)},jn=s._FloorDiv=function(){return(jn=s._FloorDiv=s.asm.FloorDiv).apply(null,arguments)},Mn=s._FusedBatchNorm=function(){return(Mn=s._FusedBatchNorm=s.asm.FusedBatchNorm).apply(null,arguments)},Nn=s._FusedConv2D=function(){return(Nn=s._FusedConv2D=s.asm.FusedConv2D).apply(null,arguments)},Pn=s._FusedDepthwiseConv2D=function(){return(Pn=s._FusedDepthwiseConv2D=s.asm.FusedDepthwiseConv2D).apply(null,arguments)},Fn=s._Gather=function(){return(Fn=s._Gather=s.asm.Gather).apply(null,arguments)},In=s._GatherNd=function(){return(In=s._GatherNd=s.asm.GatherNd).apply(null,arguments)},Ln=s._Greater=function(){return(Ln=s._Greater=s.asm.Greater).apply(null,arguments)},Rn=s._GreaterEqual=function(){return(Rn=s._GreaterEqual=s.asm.GreaterEqual).apply(null,arguments)},zn=s._IsFinite=function(){return(zn=s._IsFinite=s.asm.IsFinite).apply(null,arguments)},Bn=s._IsInf=function(){return(Bn=s._IsInf=s.asm.IsInf).apply(null,arguments)},Vn=s._IsNan=function(){return(Vn=s._IsNan=s.asm.IsNan).apply(null,arguments)},Hn=s._LRN=function(){return(Hn=s._LRN=s.asm.LRN).apply(null,arguments)},Un=s._LRNGrad=function(){return(Un=s._LRNGrad=s.asm.LRNGrad).apply(null,arguments)},Wn=s._LeakyRelu=function(){return(Wn=s._LeakyRelu=s.asm.LeakyRelu).apply(null,arguments)},Gn=s._Less=function(){return(Gn=s._Less=s.asm.Less).apply(null,arguments)},Kn=s._LessEqual=function(){return(Kn=s._LessEqual=s.asm.LessEqual).apply(null,arguments)},qn=s._LinSpace=function(){return(qn=s._LinSpace=s.asm.LinSpace).apply(null,arguments)},Jn=s._Log=function(){return(Jn=s._Log=s.asm.Log).apply(null,arguments)},Yn=s._Log1p=function(){return(Yn=s._Log1p=s.asm.Log1p).apply(null,arguments)},Xn=s._LogicalAnd=function(){return(Xn=s._LogicalAnd=s.asm.LogicalAnd).apply(null,arguments)},Zn=s._LogicalNot=function(){return(Zn=s._LogicalNot=s.asm.LogicalNot).apply(null,arguments)},Qn=s._LogicalOr=function(){return(Qn=s._LogicalOr=s.asm.LogicalOr).apply(null,arguments)},$n=s._LogicalXor=function(){return($n=s._LogicalXor=s.asm.LogicalXor).apply(null,arguments)},er=s._Max=function(){return(er=s._Max=s.asm.Max).apply(null,arguments)},tr=s._MaxPool=function(){return(tr=s._MaxPool=s.asm.MaxPool).apply(null,arguments)},nr=s._MaxPool3D=function(){return(nr=s._MaxPool3D=s.asm.MaxPool3D).apply(null,arguments)},rr=s._MaxPool3DGrad=function(){return(rr=s._MaxPool3DGrad=s.asm.MaxPool3DGrad).apply(null,arguments)},ir=s._MaxPoolGrad=function(){return(ir=s._MaxPoolGrad=s.asm.MaxPoolGrad).apply(null,arguments)},ar=s._MaxPoolWithArgmax=function(){return(ar=s._MaxPoolWithArgmax=s.asm.MaxPoolWithArgmax).apply(null,arguments)},or=s._Maximum=function(){return(or=s._Maximum=s.asm.Maximum).apply(null,arguments)},sr=s._Mean=function(){return(sr=s._Mean=s.asm.Mean).apply(null,arguments)},J=s._Min=function(){return(J=s._Min=s.asm.Min).apply(null,arguments)},cr=s._Minimum=function(){return(cr=s._Minimum=s.asm.Minimum).apply(null,arguments)},lr=s._MirrorPad=function(){return(lr=s._MirrorPad=s.asm.MirrorPad).apply(null,arguments)},ur=s._Mod=function(){return(ur=s._Mod=s.asm.Mod).apply(null,arguments)},dr=s._Multinomial=function(){return(dr=s._Multinomial=s.asm.Multinomial).apply(null,arguments)},fr=s._Multiply=function(){return(fr=s._Multiply=s.asm.Multiply).apply(null,arguments)},Y=s._Neg=function(){return(Y=s._Neg=s.asm.Neg).apply(null,arguments)},pr=s._NonMaxSuppressionV3=function(){return(pr=s._NonMaxSuppressionV3=s.asm.NonMaxSuppressionV3).apply(null,arguments)},mr=s._NonMaxSuppressionV4=function(){return(mr=s._NonMaxSuppressionV4=s.asm.NonMaxSuppressionV4).apply(null,arguments)},hr=s._NonMaxSuppressionV5=function(){return(hr=s._NonMaxSuppressionV5=s.asm.NonMaxSuppressionV5).apply(null,arguments)},X=s._NotEqual=function(){return(X=s._NotEqual=s.asm.NotEqual).apply(null,arguments)},gr=s._OneHot=function(){return(gr=s._OneHot=s.asm.OneHot).apply(null,arguments)},_r=s._PadV2=function(){return(_r=s._PadV2=s.asm.PadV2).apply(null,arguments)},vr=s._Pow=function(){return(vr=s._Pow=s.asm.Pow).apply(null,arguments)},yr=s._Prelu=function(){return(yr=s._Prelu=s.asm.Prelu).apply(null,arguments)},br=s._Prod=function(){return(br=s._Prod=s.asm.Prod).apply(null,arguments)},xr=s._RealDiv=function(){return(xr=s._RealDiv=s.asm.RealDiv).apply(null,arguments)},Sr=s._Reciprocal=function(){return(Sr=s._Reciprocal=s.asm.Reciprocal).apply(null,arguments)},Cr=s._Relu=function(){return(Cr=s._Relu=s.asm.Relu).apply(null,arguments)},wr=s._Relu6=function(){return(wr=s._Relu6=s.asm.Relu6).apply(null,arguments)},Z=s._ResizeBilinear=function(){return(Z=s._ResizeBilinear=s.asm.ResizeBilinear).apply(null,arguments)},Tr=s._ResizeBilinearGrad=function(){return(Tr=s._ResizeBilinearGrad=s.asm.ResizeBilinearGrad).apply(null,arguments)},Er=s._ResizeNearestNeighbor=function(){return(Er=s._ResizeNearestNeighbor=s.asm.ResizeNearestNeighbor).apply(null,arguments)},Dr=s._ResizeNearestNeighborGrad=function(){return(Dr=s._ResizeNearestNeighborGrad=s.asm.ResizeNearestNeighborGrad).apply(null,arguments)},Or=s._Reverse=function(){return(Or=s._Reverse=s.asm.Reverse).apply(null,arguments)},kr=s._RotateWithOffset=function(){return(kr=s._RotateWithOffset=s.asm.RotateWithOffset).apply(null,arguments)},Ar=s._Round=function(){return(Ar=s._Round=s.asm.Round).apply(null,arguments)},jr=s._Rsqrt=function(){return(jr=s._Rsqrt=s.asm.Rsqrt).apply(null,arguments)},Mr=s._ScatterNd=function(){return(Mr=s._ScatterNd=s.asm.ScatterNd).apply(null,arguments)},Nr=s._SearchSorted=function(){return(Nr=s._SearchSorted=s.asm.SearchSorted).apply(null,arguments)},Pr=s._SelectV2=function(){return(Pr=s._SelectV2=s.asm.SelectV2).apply(null,arguments)},Fr=s._Selu=function(){return(Fr=s._Selu=s.asm.Selu).apply(null,arguments)},Ir=s._Sigmoid=function(){return(Ir=s._Sigmoid=s.asm.Sigmoid).apply(null,arguments)},Lr=s._Sign=function(){return(Lr=s._Sign=s.asm.Sign).apply(null,arguments)},Rr=s._Sin=function(){return(Rr=s._Sin=s.asm.Sin).apply(null,arguments)},zr=s._Sinh=function(){return(zr=s._Sinh=s.asm.Sinh).apply(null,arguments)},Br=s._Softmax=function(){return(Br=s._Softmax=s.asm.Softmax).apply(null,arguments)},Vr=s._Softplus=function(){return(Vr=s._Softplus=s.asm.Softplus).apply(null,arguments)},Hr=s._SparseFillEmptyRows=function(){return(Hr=s._SparseFillEmptyRows=s.asm.SparseFillEmptyRows).apply(null,arguments)},Ur=s._SparseReshape=function(){return(Ur=s._SparseReshape=s.asm.SparseReshape).apply(null,arguments)},Wr=s._SparseSegmentReduction=function(){return(Wr=s._SparseSegmentReduction=s.asm.SparseSegmentReduction).apply(null,arguments)},Gr=s._SparseToDense=function(){return(Gr=s._SparseToDense=s.asm.SparseToDense).apply(null,arguments)},Kr=s._Sqrt=function(){return(Kr=s._Sqrt=s.asm.Sqrt).apply(null,arguments)},qr=s._Square=function(){return(qr=s._Square=s.asm.Square).apply(null,arguments)},Jr=s._SquaredDifference=function(){return(Jr=s._SquaredDifference=s.asm.SquaredDifference).apply(null,arguments)},Yr=s._Step=function(){return(Yr=s._Step=s.asm.Step).apply(null,arguments)},Xr=s._StridedSlice=function(){return(Xr=s._StridedSlice=s.asm.StridedSlice).apply(null,arguments)},Zr=s._Sub=function(){return(Zr=s._Sub=s.asm.Sub).apply(null,arguments)},Qr=s._Sum=function(){return(Qr=s._Sum=s.asm.Sum).apply(null,arguments)},$r=s._Tan=function(){return($r=s._Tan=s.asm.Tan).apply(null,arguments)},ei=s._Tanh=function(){return(ei=s._Tanh=s.asm.Tanh).apply(null,arguments)},ti=s._TensorScatterUpdate=function(){return(ti=s._TensorScatterUpdate=s.asm.TensorScatterUpdate).apply(null,arguments)},ni=s._Tile=function(){return(ni=s._Tile=s.asm.Tile).apply(null,arguments)},ri=s._TopK=function(){return(ri=s._TopK=s.asm.TopK).apply(null,arguments)},ii=s._Transform=function(){return(ii=s._Transform=s.asm.Transform).apply(null,arguments)},ai=s._Transpose=function(){return(ai=s._Transpose=s.asm.Transpose).apply(null,arguments)},oi=s.__FusedMatMul=function(){return(oi=s.__FusedMatMul=s.asm._FusedMatMul).apply(null,arguments)},Q=s._malloc=function(){return(Q=s._malloc=s.asm.malloc).apply(null,arguments)},si=s._free=function(){return(si=s._free=s.asm.free).apply(null,arguments)},ci=s.__emscripten_tls_init=function(){return(ci=s.__emscripten_tls_init=s.asm._emscripten_tls_init).apply(null,arguments)},li=s._pthread_self=function(){return(li=s._pthread_self=s.asm.pthread_self).apply(null,arguments)},ui=s.___errno_location=function(){return(ui=s.___errno_location=s.asm.__errno_location).apply(null,arguments)},di=s.__emscripten_thread_init=function(){return(di=s.__emscripten_thread_init=s.asm._emscripten_thread_init).apply(null,arguments)},fi=s.__emscripten_thread_crashed=function(){return(fi=s.__emscripten_thread_crashed=s.asm._emscripten_thread_crashed).apply(null,arguments)},pi=s._emscripten_main_thread_process_queued_calls=function(){return(pi=s._emscripten_main_thread_process_queued_calls=s.asm.emscripten_main_thread_process_queued_calls).apply(null,arguments)},mi=s._emscripten_main_browser_thread_id=function(){return(mi=s._emscripten_main_browser_thread_id=s.asm.emscripten_main_browser_thread_id).apply(null,arguments)},hi=s._emscripten_run_in_main_runtime_thread_js=function(){return(hi=s._emscripten_run_in_main_runtime_thread_js=s.asm.emscripten_run_in_main_runtime_thread_js).apply(null,arguments)},gi=s._emscripten_dispatch_to_thread_=function(){return(gi=s._emscripten_dispatch_to_thread_=s.asm.emscripten_dispatch_to_thread_).apply(null,arguments)},_i=s.__emscripten_proxy_execute_task_queue=function(){return(_i=s.__emscripten_proxy_execute_task_queue=s.asm._emscripten_proxy_execute_task_queue).apply(null,arguments)},vi=s.__emscripten_thread_free_data=function(){return(vi=s.__emscripten_thread_free_data=s.asm._emscripten_thread_free_data).apply(null,arguments)},yi=s.__emscripten_thread_exit=function(){return(yi=s.__emscripten_thread_exit=s.asm._emscripten_thread_exit).apply(null,arguments)},bi=s._emscripten_stack_set_limits=function(){return(bi=s._emscripten_stack_set_limits=s.asm.emscripten_stack_set_limits).apply(null,arguments)},xi=s.stackSave=function(){return(xi=s.stackSave=s.asm.stackSave).apply(null,arguments)},Si=s.stackRestore=function(){return(Si=s.stackRestore=s.asm.stackRestore).apply(null,arguments)},Ci=s.stackAlloc=function(){return(Ci=s.stackAlloc=s.asm.stackAlloc).apply(null,arguments)},wi=s.dynCall_iijjiiii=function(){return(wi=s.dynCall_iijjiiii=s.asm.dynCall_iijjiiii).apply(null,arguments)},Ti=s.dynCall_jiji=function(){return(Ti=s.dynCall_jiji=s.asm.dynCall_jiji).apply(null,arguments)};s.keepRuntimeAlive=de,s.wasmMemory=M,s.cwrap=Ot,s.ExitStatus=je,s.PThread=W;var $;be=function e(){$||Ei(),$||(be=e)};function Ei(e){if(e||=f,ve>0)return;if(_){c(s),pe(),startWorker(s);return}if(fe(),ve>0)return;function t(){$||($=!0,s.calledRun=!0,ee||(pe(),c(s),s.onRuntimeInitialized&&s.onRuntimeInitialized(),me()))}s.setStatus?(s.setStatus(`Running...`),setTimeout(function(){setTimeout(function(){s.setStatus(``)},1),t()},1)):t()}if(s.preInit)for(typeof s.preInit==`function`&&(s.preInit=[s.preInit]);s.preInit.length>0;)s.preInit.pop()();Ei();var Di;u&&(Di={uncaughtException:process.listeners(`uncaughtException`).filter(function(e){return!u.uncaughtException.indexOf(e)>-1}),unhandledRejection:process.listeners(`unhandledRejection`).filter(function(e){return!u.unhandledRejection.indexOf(e)>-1})});var Oi;if(typeof WasmBackendModule<`u`)Oi=WasmBackendModule;else if(t!==void 0)Oi=t;else throw Error(`Could not find wasm module in post.js`);if(Di){var ki=Oi._dispose;Oi._dispose=function(){ki(),Di.uncaughtException.forEach(function(e){process.removeListener(`uncaughtException`,e)}),Di.unhandledRejection.forEach(function(e){process.removeListener(`unhandledRejection`,e)})}}return t.ready})})();typeof e==`object`&&typeof t==`object`?t.exports=n:typeof define==`function`&&define.amd?define([],function(){return n}):typeof e==`object`&&(e.WasmBackendModuleThreadedSimd=n)})),Xu=/* @__PURE__ */ t(((e,t)=>{t.exports.wasmWorkerContents=`"use strict";var Module={};var ENVIRONMENT_IS_NODE=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string";if(ENVIRONMENT_IS_NODE){var nodeWorkerThreads=require("worker_threads");var parentPort=nodeWorkerThreads.parentPort;parentPort.on("message",data=>onmessage({data:data}));var fs=require("fs");Object.assign(global,{self:global,require:require,Module:Module,location:{href:__filename},Worker:nodeWorkerThreads.Worker,importScripts:function(f){(0,eval)(fs.readFileSync(f,"utf8")+"//# sourceURL="+f)},postMessage:function(msg){parentPort.postMessage(msg)},performance:global.performance||{now:function(){return Date.now()}}})}var initializedJS=false;var pendingNotifiedProxyingQueues=[];function threadPrintErr(){var text=Array.prototype.slice.call(arguments).join(" ");if(ENVIRONMENT_IS_NODE){fs.writeSync(2,text+"
");return}console.error(text)}function threadAlert(){var text=Array.prototype.slice.call(arguments).join(" ");postMessage({cmd:"alert",text:text,threadId:Module["_pthread_self"]()})}var err=threadPrintErr;self.alert=threadAlert;Module["instantiateWasm"]=(info,receiveInstance)=>{var instance=new WebAssembly.Instance(Module["wasmModule"],info);receiveInstance(instance);Module["wasmModule"]=null;return instance.exports};self.onunhandledrejection=e=>{throw e.reason??e};self.startWorker=instance=>{Module=instance;postMessage({"cmd":"loaded"})};self.onmessage=e=>{try{if(e.data.cmd==="load"){Module["wasmModule"]=e.data.wasmModule;for(const handler of e.data.handlers){Module[handler]=function(){postMessage({cmd:"callHandler",handler:handler,args:[...arguments]})}}Module["wasmMemory"]=e.data.wasmMemory;Module["buffer"]=Module["wasmMemory"].buffer;Module["ENVIRONMENT_IS_PTHREAD"]=true;if(typeof e.data.urlOrBlob=="string"){importScripts(e.data.urlOrBlob)}else{var objectUrl=URL.createObjectURL(e.data.urlOrBlob);importScripts(objectUrl);URL.revokeObjectURL(objectUrl)}WasmBackendModuleThreadedSimd(Module)}else if(e.data.cmd==="run"){Module["__emscripten_thread_init"](e.data.pthread_ptr,0,0,1);Module["establishStackSpace"]();Module["PThread"].receiveObjectTransfer(e.data);Module["PThread"].threadInitTLS();if(!initializedJS){pendingNotifiedProxyingQueues.forEach(queue=>{Module["executeNotifiedProxyingQueue"](queue)});pendingNotifiedProxyingQueues=[];initializedJS=true}try{Module["invokeEntryPoint"](e.data.start_routine,e.data.arg)}catch(ex){if(ex!="unwind"){if(ex instanceof Module["ExitStatus"]){if(Module["keepRuntimeAlive"]()){}else{Module["__emscripten_thread_exit"](ex.status)}}else{throw ex}}}}else if(e.data.cmd==="cancel"){if(Module["_pthread_self"]()){Module["__emscripten_thread_exit"](-1)}}else if(e.data.target==="setimmediate"){}else if(e.data.cmd==="processProxyingQueue"){if(initializedJS){Module["executeNotifiedProxyingQueue"](e.data.queue)}else{pendingNotifiedProxyingQueues.push(e.data.queue)}}else if(e.data.cmd){err("worker.js received unknown command "+e.data.cmd);err(e.data)}}catch(ex){if(Module["__emscripten_thread_crashed"]){Module["__emscripten_thread_crashed"]()}throw ex}};`})),Zu=/* @__PURE__ */ t(((e,t)=>{var n=(()=>{var e=typeof document<`u`&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<`u`&&(e||=__filename),(function(t){t||={};var n=t===void 0?{}:t,r,i;n.ready=new Promise(function(e,t){r=e,i=t});var a;typeof process<`u`&&process.listeners&&(a={uncaughtException:process.listeners(`uncaughtException`),unhandledRejection:process.listeners(`unhandledRejection`)});var o=Object.assign({},n),s=[],c=typeof window==`object`,l=typeof importScripts==`function`,u=typeof process==`object`&&typeof process.versions==`object`&&typeof process.versions.node==`string`,d=``;function f(e){return n.locateFile?n.locateFile(e,d):d+e}var p,m,h;if(u){var g=Ne(),_=Ne();d=l?_.dirname(d)+`/`:__dirname+`/`,p=(e,t)=>(e=V(e)?new URL(e):_.normalize(e),g.readFileSync(e,t?void 0:`utf8`)),h=e=>{var t=p(e,!0);return t.buffer||(t=new Uint8Array(t)),t},m=(e,t,n)=>{e=V(e)?new URL(e):_.normalize(e),g.readFile(e,function(e,r){e?n(e):t(r.buffer)})},process.argv.length>1&&process.argv[1].replace(/\\/g,`/`),s=process.argv.slice(2),process.on(`uncaughtException`,function(e){if(!(e instanceof pe))throw e}),process.on(`unhandledRejection`,function(e){throw e}),n.inspect=function(){return`[Emscripten Module object]`}}else(c||l)&&(l?d=self.location.href:typeof document<`u`&&document.currentScript&&(d=document.currentScript.src),e&&(d=e),d=d.indexOf(`blob:`)===0?``:d.substr(0,d.replace(/[?#].*/,``).lastIndexOf(`/`)+1),p=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.send(null),t.responseText},l&&(h=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.responseType=`arraybuffer`,t.send(null),new Uint8Array(t.response)}),m=(e,t,n)=>{var r=new XMLHttpRequest;r.open(`GET`,e,!0),r.responseType=`arraybuffer`,r.onload=()=>{r.status==200||r.status==0&&r.response?t(r.response):n()},r.onerror=n,r.send(null)});var v=n.print||console.log.bind(console),y=n.printErr||console.warn.bind(console);Object.assign(n,o),o=null,n.arguments&&(s=n.arguments),n.thisProgram&&n.thisProgram,n.quit&&n.quit;var b;n.wasmBinary&&(b=n.wasmBinary),n.noExitRuntime,typeof WebAssembly!=`object`&&B(`no native wasm support detected`);var x,S=!1,C=typeof TextDecoder<`u`?new TextDecoder(`utf8`):void 0;function w(e,t,n){t>>>=0;for(var r=t+n,i=t;e[i]&&!(i>=r);)++i;if(i-t>16&&e.buffer&&C)return C.decode(e.subarray(t,i));for(var a=``;t<i;){var o=e[t++];if(!(o&128))a+=String.fromCharCode(o);else{var s=e[t++]&63;if((o&224)==192)a+=String.fromCharCode((o&31)<<6|s);else{var c=e[t++]&63;if(o=(o&240)==224?(o&15)<<12|s<<6|c:(o&7)<<18|s<<12|c<<6|e[t++]&63,o<65536)a+=String.fromCharCode(o);else{var l=o-65536;a+=String.fromCharCode(55296|l>>10,56320|l&1023)}}}}return a}function T(e,t){return e>>>=0,e?w(A,e,t):``}function E(e,t,n,r){if(n>>>=0,!(r>0))return 0;for(var i=n,a=n+r-1,o=0;o<e.length;++o){var s=e.charCodeAt(o);if(s>=55296&&s<=57343){var c=e.charCodeAt(++o);s=65536+((s&1023)<<10)|c&1023}if(s<=127){if(n>=a)break;t[n++>>>0]=s}else if(s<=2047){if(n+1>=a)break;t[n++>>>0]=192|s>>6,t[n++>>>0]=128|s&63}else if(s<=65535){if(n+2>=a)break;t[n++>>>0]=224|s>>12,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}else{if(n+3>=a)break;t[n++>>>0]=240|s>>18,t[n++>>>0]=128|s>>12&63,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}}return t[n>>>0]=0,n-i}function D(e,t,n){return E(e,A,t,n)}var O,k,A,j,M;function N(e){O=e,n.HEAP8=k=new Int8Array(e),n.HEAP16=new Int16Array(e),n.HEAP32=j=new Int32Array(e),n.HEAPU8=A=new Uint8Array(e),n.HEAPU16=new Uint16Array(e),n.HEAPU32=M=new Uint32Array(e),n.HEAPF32=new Float32Array(e),n.HEAPF64=new Float64Array(e)}n.INITIAL_MEMORY;var ee=[],P=[],F=[];function I(){if(n.preRun)for(typeof n.preRun==`function`&&(n.preRun=[n.preRun]);n.preRun.length;)re(n.preRun.shift());me(ee)}function te(){me(P)}function ne(){if(n.postRun)for(typeof n.postRun==`function`&&(n.postRun=[n.postRun]);n.postRun.length;)L(n.postRun.shift());me(F)}function re(e){ee.unshift(e)}function ie(e){P.unshift(e)}function L(e){F.unshift(e)}var R=0,ae=null,z=null;function oe(e){R++,n.monitorRunDependencies&&n.monitorRunDependencies(R)}function se(e){if(R--,n.monitorRunDependencies&&n.monitorRunDependencies(R),R==0&&(ae!==null&&(clearInterval(ae),ae=null),z)){var t=z;z=null,t()}}function B(e){n.onAbort&&n.onAbort(e),e=`Aborted(`+e+`)`,y(e),S=!0,e+=`. Build with -sASSERTIONS for more info.`;var t=new WebAssembly.RuntimeError(e);throw i(t),t}var ce=`data:application/octet-stream;base64,`;function le(e){return e.startsWith(ce)}function V(e){return e.startsWith(`file://`)}var H=`tfjs-backend-wasm.wasm`;le(H)||(H=f(H));function ue(e){try{if(e==H&&b)return new Uint8Array(b);if(h)return h(e);throw`both async and sync fetching of the wasm failed`}catch(e){B(e)}}function de(){if(!b&&(c||l)){if(typeof fetch==`function`&&!V(H))return fetch(H,{credentials:`same-origin`}).then(function(e){if(!e.ok)throw`failed to load wasm binary file at '`+H+`'`;return e.arrayBuffer()}).catch(function(){return ue(H)});if(m)return new Promise(function(e,t){m(H,function(t){e(new Uint8Array(t))},t)})}return Promise.resolve().then(function(){return ue(H)})}function fe(){var e={env:Ae,wasi_snapshot_preview1:Ae};function t(e,t){n.asm=e.exports,x=n.asm.memory,N(x.buffer),n.asm.__indirect_function_table,ie(n.asm.__wasm_call_ctors),se(`wasm-instantiate`)}oe(`wasm-instantiate`);function r(e){t(e.instance)}function a(t){return de().then(function(t){return WebAssembly.instantiate(t,e)}).then(function(e){return e}).then(t,function(e){y(`failed to asynchronously prepare wasm: `+e),B(e)})}function o(){return!b&&typeof WebAssembly.instantiateStreaming==`function`&&!le(H)&&!V(H)&&!u&&typeof fetch==`function`?fetch(H,{credentials:`same-origin`}).then(function(t){return WebAssembly.instantiateStreaming(t,e).then(r,function(e){return y(`wasm streaming compile failed: `+e),y(`falling back to ArrayBuffer instantiation`),a(r)})}):a(r)}if(n.instantiateWasm)try{return n.instantiateWasm(e,t)}catch(e){y(`Module.instantiateWasm callback failed with error: `+e),i(e)}return o().catch(i),{}}function pe(e){this.name=`ExitStatus`,this.message=`Program terminated with exit(`+e+`)`,this.status=e}function me(e){for(;e.length>0;)e.shift()(n)}function he(){B(``)}function ge(){return 4294901760}function _e(){return ge()}function ve(e,t,n){A.copyWithin(e>>>0,t>>>0,t+n>>>0)}function ye(e){try{return x.grow(e-O.byteLength+65535>>>16),N(x.buffer),1}catch{}}function be(e){var t=A.length;e>>>=0;var n=ge();if(e>n)return!1;let r=(e,t)=>e+(t-e%t)%t;for(var i=1;i<=4;i*=2){var a=t*(1+.2/i);if(a=Math.min(a,e+100663296),ye(Math.min(n,r(Math.max(e,a),65536))))return!0}return!1}var xe={varargs:void 0,get:function(){return xe.varargs+=4,j[xe.varargs-4>>>2]},getStr:function(e){return T(e)}};function Se(e){return 52}function Ce(e,t,n,r,i){return 70}var we=[null,[],[]];function Te(e,t){var n=we[e];t===0||t===10?((e===1?v:y)(w(n,0)),n.length=0):n.push(t)}function Ee(e,t,n,r){for(var i=0,a=0;a<n;a++){var o=M[t>>>2],s=M[t+4>>>2];t+=8;for(var c=0;c<s;c++)Te(e,A[o+c>>>0]);i+=s}return M[r>>>2]=i,0}function U(e){return n[`_`+e]}function De(e,t){k.set(e,t>>>0)}function Oe(e,t,n,r,i){var a={string:e=>{var t=0;if(e!=null&&e!==0){var n=(e.length<<2)+1;t=pr(n),D(e,t,n)}return t},array:e=>{var t=pr(e.length);return De(e,t),t}};function o(e){return t===`string`?T(e):t===`boolean`?!!e:e}var s=U(e),c=[],l=0;if(r)for(var u=0;u<r.length;u++){var d=a[n[u]];d?(l===0&&(l=fr()),c[u]=d(r[u])):c[u]=r[u]}var f=s.apply(null,c);function p(e){return l!==0&&Y(l),o(e)}return f=p(f),f}function ke(e,t,n,r){n||=[];var i=n.every(e=>e===`number`||e===`boolean`);return t!==`string`&&i&&!r?U(e):function(){return Oe(e,t,n,arguments,r)}}var Ae={abort:he,emscripten_get_heap_max:_e,emscripten_memcpy_big:ve,emscripten_resize_heap:be,fd_close:Se,fd_seek:Ce,fd_write:Ee};fe();var je=n.___wasm_call_ctors=function(){return(je=n.___wasm_call_ctors=n.asm.__wasm_call_ctors).apply(null,arguments)},Me=n._init=function(){return(Me=n._init=n.asm.init).apply(null,arguments)},Pe=n._init_with_threads_count=function(){return(Pe=n._init_with_threads_count=n.asm.init_with_threads_count).apply(null,arguments)},Fe=n._get_threads_count=function(){return(Fe=n._get_threads_count=n.asm.get_threads_count).apply(null,arguments)},Ie=n._register_tensor=function(){return(Ie=n._register_tensor=n.asm.register_tensor).apply(null,arguments)},Le=n._dispose_data=function(){return(Le=n._dispose_data=n.asm.dispose_data).apply(null,arguments)},Re=n._dispose=function(){return(Re=n._dispose=n.asm.dispose).apply(null,arguments)},ze=n._Abs=function(){return(ze=n._Abs=n.asm.Abs).apply(null,arguments)},Be=n._Acos=function(){return(Be=n._Acos=n.asm.Acos).apply(null,arguments)},Ve=n._Acosh=function(){return(Ve=n._Acosh=n.asm.Acosh).apply(null,arguments)},W=n._Add=function(){return(W=n._Add=n.asm.Add).apply(null,arguments)},He=n._AddN=function(){return(He=n._AddN=n.asm.AddN).apply(null,arguments)},Ue=n._All=function(){return(Ue=n._All=n.asm.All).apply(null,arguments)},We=n._Any=function(){return(We=n._Any=n.asm.Any).apply(null,arguments)},Ge=n._ArgMax=function(){return(Ge=n._ArgMax=n.asm.ArgMax).apply(null,arguments)},Ke=n._ArgMin=function(){return(Ke=n._ArgMin=n.asm.ArgMin).apply(null,arguments)},qe=n._Asin=function(){return(qe=n._Asin=n.asm.Asin).apply(null,arguments)},Je=n._Asinh=function(){return(Je=n._Asinh=n.asm.Asinh).apply(null,arguments)},Ye=n._Atan=function(){return(Ye=n._Atan=n.asm.Atan).apply(null,arguments)},Xe=n._Atan2=function(){return(Xe=n._Atan2=n.asm.Atan2).apply(null,arguments)},Ze=n._Atanh=function(){return(Ze=n._Atanh=n.asm.Atanh).apply(null,arguments)},Qe=n._AvgPool=function(){return(Qe=n._AvgPool=n.asm.AvgPool).apply(null,arguments)},$e=n._AvgPool3D=function(){return($e=n._AvgPool3D=n.asm.AvgPool3D).apply(null,arguments)},et=n._AvgPool3DGrad=function(){return(et=n._AvgPool3DGrad=n.asm.AvgPool3DGrad).apply(null,arguments)},tt=n._AvgPoolGrad=function(){return(tt=n._AvgPoolGrad=n.asm.AvgPoolGrad).apply(null,arguments)},nt=n._BatchMatMul=function(){return(nt=n._BatchMatMul=n.asm.BatchMatMul).apply(null,arguments)},rt=n._Bincount=function(){return(rt=n._Bincount=n.asm.Bincount).apply(null,arguments)},it=n._BitwiseAnd=function(){return(it=n._BitwiseAnd=n.asm.BitwiseAnd).apply(null,arguments)},at=n._Ceil=function(){return(at=n._Ceil=n.asm.Ceil).apply(null,arguments)},ot=n._ClipByValue=function(){return(ot=n._ClipByValue=n.asm.ClipByValue).apply(null,arguments)},st=n._Conv2D=function(){return(st=n._Conv2D=n.asm.Conv2D).apply(null,arguments)},ct=n._Conv2DBackpropInput=function(){return(ct=n._Conv2DBackpropInput=n.asm.Conv2DBackpropInput).apply(null,arguments)},lt=n._Conv3D=function(){return(lt=n._Conv3D=n.asm.Conv3D).apply(null,arguments)},ut=n._Conv3DBackpropFilterV2=function(){return(ut=n._Conv3DBackpropFilterV2=n.asm.Conv3DBackpropFilterV2).apply(null,arguments)},dt=n._Conv3DBackpropInputV2=function(){return(dt=n._Conv3DBackpropInputV2=n.asm.Conv3DBackpropInputV2).apply(null,arguments)},ft=n._Cos=function(){return(ft=n._Cos=n.asm.Cos).apply(null,arguments)},G=n._Cosh=function(){return(G=n._Cosh=n.asm.Cosh).apply(null,arguments)},pt=n._CropAndResize=function(){return(pt=n._CropAndResize=n.asm.CropAndResize).apply(null,arguments)},mt=n._Cumprod=function(){return(mt=n._Cumprod=n.asm.Cumprod).apply(null,arguments)},ht=n._Cumsum=function(){return(ht=n._Cumsum=n.asm.Cumsum).apply(null,arguments)},gt=n._DenseBincount=function(){return(gt=n._DenseBincount=n.asm.DenseBincount).apply(null,arguments)},_t=n._DepthToSpace=function(){return(_t=n._DepthToSpace=n.asm.DepthToSpace).apply(null,arguments)},vt=n._DepthwiseConv2dNative=function(){return(vt=n._DepthwiseConv2dNative=n.asm.DepthwiseConv2dNative).apply(null,arguments)},yt=n._Diag=function(){return(yt=n._Diag=n.asm.Diag).apply(null,arguments)},bt=n._Dilation2D=function(){return(bt=n._Dilation2D=n.asm.Dilation2D).apply(null,arguments)},xt=n._Dilation2DBackpropFilter=function(){return(xt=n._Dilation2DBackpropFilter=n.asm.Dilation2DBackpropFilter).apply(null,arguments)},St=n._Dilation2DBackpropInput=function(){return(St=n._Dilation2DBackpropInput=n.asm.Dilation2DBackpropInput).apply(null,arguments)},Ct=n._Elu=function(){return(Ct=n._Elu=n.asm.Elu).apply(null,arguments)},wt=n._EluGrad=function(){return(wt=n._EluGrad=n.asm.EluGrad).apply(null,arguments)},Tt=n._Equal=function(){return(Tt=n._Equal=n.asm.Equal).apply(null,arguments)},Et=n._Erf=function(){return(Et=n._Erf=n.asm.Erf).apply(null,arguments)},Dt=n._Exp=function(){return(Dt=n._Exp=n.asm.Exp).apply(null,arguments)},Ot=n._Expm1=function(){return(Ot=n._Expm1=n.asm.Expm1).apply(null,arguments)},kt=n._FlipLeftRight=function(){return(kt=n._FlipLeftRight=n.asm.FlipLeftRight).apply(null,arguments)},At=n._Floor=function(){return(At=n._Floor=n.asm.Floor).apply(null,arguments)},jt=n._FloorDiv=function(){return(jt=n._FloorDiv=n.asm.FloorDiv).apply(null,arguments)},Mt=n._FusedBatchNorm=function(){return(Mt=n._FusedBatchNorm=n.asm.FusedBatchNorm).apply(null,arguments)},Nt=n._FusedConv2D=function(){return(Nt=n._FusedConv2D=n.asm.FusedConv2D).apply(null,arguments)},Pt=n._FusedDepthwiseConv2D=function(){return(Pt=n._FusedDepthwiseConv2D=n.asm.FusedDepthwiseConv2D).apply(null,arguments)},Ft=n._Gather=function(){return(Ft=n._Gather=n.asm.Gather).apply(null,arguments)},It=n._GatherNd=function(){return(It=n._GatherNd=n.asm.GatherNd).apply(null,arguments)},K=n._Greater=function(){return(K=n._Greater=n.asm.Greater).apply(null,arguments)},Lt=n._GreaterEqual=function(){return(Lt=n._GreaterEqual=n.asm.GreaterEqual).apply(null,arguments)},Rt=n._IsFinite=function(){return(Rt=n._IsFinite=n.asm.IsFinite).apply(null,arguments)},zt=n._IsInf=function(){return(zt=n._IsInf=n.asm.IsInf).apply(null,arguments)},Bt=n._IsNan=function(){return(Bt=n._IsNan=n.asm.IsNan).apply(null,arguments)},Vt=n._LRN=function(){return(Vt=n._LRN=n.asm.LRN).apply(null,arguments)},Ht=n._LRNGrad=function(){return(Ht=n._LRNGrad=n.asm.LRNGrad).apply(null,arguments)},Ut=n._LeakyRelu=function(){return(Ut=n._LeakyRelu=n.asm.LeakyRelu).apply(null,arguments)},Wt=n._Less=function(){return(Wt=n._Less=n.asm.Less).apply(null,arguments)},Gt=n._LessEqual=function(){return(Gt=n._LessEqual=n.asm.LessEqual).apply(null,arguments)},Kt=n._LinSpace=function(){return(Kt=n._LinSpace=n.asm.LinSpace).apply(null,arguments)},qt=n._Log=function(){return(qt=n._Log=n.asm.Log).apply(null,arguments)},Jt=n._Log1p=function(){return(Jt=n._Log1p=n.asm.Log1p).apply(null,arguments)},Yt=n._LogicalAnd=function(){return(Yt=n._LogicalAnd=n.asm.LogicalAnd).apply(null,arguments)},Xt=n._LogicalNot=function(){return(Xt=n._LogicalNot=n.asm.LogicalNot).apply(null,arguments)},Zt=n._LogicalOr=function(){return(Zt=n._LogicalOr=n.asm.LogicalOr).apply(null,arguments)},Qt=n._LogicalXor=function(){return(Qt=n._LogicalXor=n.asm.LogicalXor).apply(null,arguments)},$t=n._Max=function(){return($t=n._Max=n.asm.Max).apply(null,arguments)},en=n._MaxPool=function(){return(en=n._MaxPool=n.asm.MaxPool).apply(null,arguments)},tn=n._MaxPool3D=function(){return(tn=n._MaxPool3D=n.asm.MaxPool3D).apply(null,arguments)},nn=n._MaxPool3DGrad=function(){return(nn=n._MaxPool3DGrad=n.asm.MaxPool3DGrad).apply(null,arguments)},rn=n._MaxPoolGrad=function(){return(rn=n._MaxPoolGrad=n.asm.MaxPoolGrad).apply(null,arguments)},an=n._MaxPoolWithArgmax=function(){return(an=n._MaxPoolWithArgmax=n.asm.MaxPoolWithArgmax).apply(null,arguments)},on=n._Maximum=function(){return(on=n._Maximum=n.asm.Maximum).apply(null,arguments)},sn=n._Mean=function(){return(sn=n._Mean=n.asm.Mean).apply(null,arguments)},cn=n._Min=function(){return(cn=n._Min=n.asm.Min).apply(null,arguments)},ln=n._Minimum=function(){return(ln=n._Minimum=n.asm.Minimum).apply(null,arguments)},un=n._MirrorPad=function(){return(un=n._MirrorPad=n.asm.MirrorPad).apply(null,arguments)},dn=n._Mod=function(){return(dn=n._Mod=n.asm.Mod).apply(null,arguments)},fn=n._Multinomial=function(){return(fn=n._Multinomial=n.asm.Multinomial).apply(null,arguments)},pn=n._Multiply=function(){return(pn=n._Multiply=n.asm.Multiply).apply(null,arguments)},mn=n._Neg=function(){return(mn=n._Neg=n.asm.Neg).apply(null,arguments)},hn=n._NonMaxSuppressionV3=function(){return(hn=n._NonMaxSuppressionV3=n.asm.NonMaxSuppressionV3).apply(null,arguments)},gn=n._NonMaxSuppressionV4=function(){return(gn=n._NonMaxSuppressionV4=n.asm.NonMaxSuppressionV4).apply(null,arguments)},_n=n._NonMaxSuppressionV5=function(){return(_n=n._NonMaxSuppressionV5=n.asm.NonMaxSuppressionV5).apply(null,arguments)},vn=n._NotEqual=function(){return(vn=n._NotEqual=n.asm.NotEqual).apply(null,arguments)},yn=n._OneHot=function(){return(yn=n._OneHot=n.asm.OneHot).apply(null,arguments)},bn=n._PadV2=function(){return(bn=n._PadV2=n.asm.PadV2).apply(null,arguments)},xn=n._Pow=function(){return(xn=n._Pow=n.asm.Pow).apply(null,arguments)},Sn=n._Prelu=function(){return(Sn=n._Prelu=n.asm.Prelu).apply(null,arguments)},Cn=n._Prod=function(){return(Cn=n._Prod=n.asm.Prod).apply(null,arguments)},wn=n._RealDiv=function(){return(wn=n._RealDiv=n.asm.RealDiv).apply(null,arguments)},Tn=n._Reciprocal=function(){return(Tn=n._Reciprocal=n.asm.Reciprocal).apply(null,arguments)},q=n._Relu=function(){return(q=n._Relu=n.asm.Relu).apply(null,arguments)},En=n._Relu6=function(){return(En=n._Relu6=n.asm.Relu6).apply(null,arguments)},Dn=n._ResizeBilinear=function(){return(Dn=n._ResizeBilinear=n.asm.ResizeBilinear).apply(null,arguments)},On=n._ResizeBilinearGrad=function(){return(On=n._ResizeBilinearGrad=n.asm.ResizeBilinearGrad).apply(null,arguments)},kn=n._ResizeNearestNeighbor=function(){return(kn=n._ResizeNearestNeighbor=n.asm.ResizeNearestNeighbor).apply(null,arguments)},An=n._ResizeNearestNeighborGrad=function(){return(An=n._ResizeNearestNeighborGrad=n.asm.ResizeNearestNeighborGrad).apply(null,arguments)},jn=n._Reverse=function(){return(jn=n._Reverse=n.asm.Reverse).apply(null,arguments)},Mn=n._RotateWithOffset=function(){return(Mn=n._RotateWithOffset=n.asm.RotateWithOffset).apply(null,arguments)},Nn=n._Round=function(){return(Nn=n._Round=n.asm.Round).apply(null,arguments)},Pn=n._Rsqrt=function(){return(Pn=n._Rsqrt=n.asm.Rsqrt).apply(null,arguments)},Fn=n._ScatterNd=function(){return(Fn=n._ScatterNd=n.asm.ScatterNd).apply(null,arguments)},In=n._SearchSorted=function(){return(In=n._SearchSorted=n.asm.SearchSorted).apply(null,arguments)},Ln=n._SelectV2=function(){return(Ln=n._SelectV2=n.asm.SelectV2).apply(null,arguments)},Rn=n._Selu=function(){return(Rn=n._Selu=n.asm.Selu).apply(null,arguments)},zn=n._Sigmoid=function(){return(zn=n._Sigmoid=n.asm.Sigmoid).apply(null,arguments)},Bn=n._Sign=function(){return(Bn=n._Sign=n.asm.Sign).apply(null,arguments)},Vn=n._Sin=function(){return(Vn=n._Sin=n.asm.Sin).apply(null,arguments)},Hn=n._Sinh=function(){return(Hn=n._Sinh=n.asm.Sinh).apply(null,arguments)},Un=n._Softmax=function(){return(Un=n._Softmax=n.asm.Softmax).apply(null,arguments)},Wn=n._Softplus=function(){return(Wn=n._Softplus=n.asm.Softplus).apply(null,arguments)},Gn=n._SparseFillEmptyRows=function(){return(Gn=n._SparseFillEmptyRows=n.asm.SparseFillEmptyRows).apply(null,arguments)},Kn=n._SparseReshape=function(){return(Kn=n._SparseReshape=n.asm.SparseReshape).apply(null,arguments)},qn=n._SparseSegmentReduction=function(){return(qn=n._SparseSegmentReduction=n.asm.SparseSegmentReduction).apply(null,arguments)},Jn=n._SparseToDense=function(){return(Jn=n._SparseToDense=n.asm.SparseToDense).apply(null,arguments)},Yn=n._Sqrt=function(){return(Yn=n._Sqrt=n.asm.Sqrt).apply(null,arguments)},Xn=n._Square=function(){return(Xn=n._Square=n.asm.Square).apply(null,arguments)},Zn=n._SquaredDifference=function(){return(Zn=n._SquaredDifference=n.asm.SquaredDifference).apply(null,arguments)},Qn=n._Step=function(){return(Qn=n._Step=n.asm.Step).apply(null,arguments)},$n=n._StridedSlice=function(){return($n=n._StridedSlice=n.asm.StridedSlice).apply(null,arguments)},er=n._Sub=function(){return(er=n._Sub=n.asm.Sub).apply(null,arguments)},tr=n._Sum=function(){return(tr=n._Sum=n.asm.Sum).apply(null,arguments)},nr=n._Tan=function(){return(nr=n._Tan=n.asm.Tan).apply(null,arguments)},rr=n._Tanh=function(){return(rr=n._Tanh=n.asm.Tanh).apply(null,arguments)},ir=n._TensorScatterUpdate=function(){return(ir=n._TensorScatterUpdate=n.asm.TensorScatterUpdate).apply(null,arguments)},ar=n._Tile=function(){return(ar=n._Tile=n.asm.Tile).apply(null,arguments)},or=n._TopK=function(){return(or=n._TopK=n.asm.TopK).apply(null,arguments)},sr=n._Transform=function(){return(sr=n._Transform=n.asm.Transform).apply(null,arguments)},J=n._Transpose=function(){return(J=n._Transpose=n.asm.Transpose).apply(null,arguments)},cr=n.__FusedMatMul=function(){return(cr=n.__FusedMatMul=n.asm._FusedMatMul).apply(null,arguments)},lr=n._malloc=function(){return(lr=n._malloc=n.asm.malloc).apply(null,arguments)},ur=n._free=function(){return(ur=n._free=n.asm.free).apply(null,arguments)},dr=n.___errno_location=function(){return(dr=n.___errno_location=n.asm.__errno_location).apply(null,arguments)},fr=n.stackSave=function(){return(fr=n.stackSave=n.asm.stackSave).apply(null,arguments)},Y=n.stackRestore=function(){return(Y=n.stackRestore=n.asm.stackRestore).apply(null,arguments)},pr=n.stackAlloc=function(){return(pr=n.stackAlloc=n.asm.stackAlloc).apply(null,arguments)},mr=n.dynCall_iijjiiii=function(){return(mr=n.dynCall_iijjiiii=n.asm.dynCall_iijjiiii).apply(null,arguments)},hr=n.dynCall_jiji=function(){return(hr=n.dynCall_jiji=n.asm.dynCall_jiji).apply(null,arguments)};n.cwrap=ke;var X;z=function e(){X||gr(),X||(z=e)};function gr(e){if(e||=s,R>0||(I(),R>0))return;function t(){X||(X=!0,n.calledRun=!0,S||(te(),r(n),n.onRuntimeInitialized&&n.onRuntimeInitialized(),ne()))}n.setStatus?(n.setStatus(`Running...`),setTimeout(function(){setTimeout(function(){n.setStatus(``)},1),t()},1)):t()}if(n.preInit)for(typeof n.preInit==`function`&&(n.preInit=[n.preInit]);n.preInit.length>0;)n.preInit.pop()();gr();var _r;a&&(_r={uncaughtException:process.listeners(`uncaughtException`).filter(function(e){return!a.uncaughtException.indexOf(e)>-1}),unhandledRejection:process.listeners(`unhandledRejection`).filter(function(e){return!a.unhandledRejection.indexOf(e)>-1})});var vr;if(t!==void 0)vr=t;else if(typeof WasmBackendModuleThreadedSimd<`u`)vr=WasmBackendModuleThreadedSimd;else throw Error(`Could not find wasm module in post.js`);if(_r){var yr=vr._dispose;vr._dispose=function(){yr(),_r.uncaughtException.forEach(function(e){process.removeListener(`uncaughtException`,e)}),_r.unhandledRejection.forEach(function(e){process.removeListener(`unhandledRejection`,e)})}}return t.ready})})();typeof e==`object`&&typeof t==`object`?t.exports=n:typeof define==`function`&&define.amd?define([],function(){return n}):typeof e==`object`&&(e.WasmBackendModule=n)}));q();var Qu=/* @__PURE__ */ e(Yu()),$u=Xu(),ed=/* @__PURE__ */ e(Zu());
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
const td=Qu.default||Qu,nd=ed.default||ed;var rd=class extends _{constructor(e){super(),this.wasm=e,this.dataIdNextNumber=1,this.wasm.tfjs.initWithThreadsCount(hd),gd=this.wasm.tfjs.getThreadsCount(),this.dataIdMap=new pe(this,Ge())}write(e,t,n){let r={id:this.dataIdNextNumber++};return this.move(r,e,t,n,1),r}numDataIds(){return this.dataIdMap.numDataIds()}async time(e){let t=ge();return e(),{kernelMs:ge()-t}}move(e,t,n,r,i){let a=this.dataIdNextNumber++;if(r===`string`){let o=t;this.dataIdMap.set(e,{id:a,stringBytes:o,shape:n,dtype:r,memoryOffset:null,refCount:i});return}let o=V(n),s=o*sn(r),c=this.wasm._malloc(s)>>>0;this.dataIdMap.set(e,{id:a,memoryOffset:c,shape:n,dtype:r,refCount:i}),this.wasm.tfjs.registerTensor(a,o,c),t!=null&&this.wasm.HEAPU8.set(new Uint8Array(t.buffer,t.byteOffset,s),c)}async read(e){return this.readSync(e)}readSync(e,t,n){let{memoryOffset:r,dtype:i,shape:a,stringBytes:o}=this.dataIdMap.get(e);if(i===`string`)return(t==null||t===0)&&(n==null||n>=o.length)?o:o.slice(t,n);t||=0,n||=V(a);let s=sn(i);return sd(this.wasm.HEAPU8.slice(r+t*s,r+n*s).buffer,i)}disposeData(e,t=!1){if(this.dataIdMap.has(e)){let n=this.dataIdMap.get(e);if(n.refCount--,!t&&n.refCount>0)return!1;this.wasm._free(n.memoryOffset),this.wasm.tfjs.disposeData(n.id),this.dataIdMap.delete(e)}return!0}refCount(e){return this.dataIdMap.has(e)?this.dataIdMap.get(e).refCount:0}incRef(e){let t=this.dataIdMap.get(e);t!=null&&t.refCount++}floatPrecision(){return 32}getMemoryOffset(e){return this.dataIdMap.get(e).memoryOffset}dispose(){this.wasm.tfjs.dispose(),`PThread`in this.wasm&&this.wasm.PThread.terminateAllThreads(),this.wasm=null}memory(){return{unreliable:!1}}makeOutput(e,t,n,r){let i;if(n==null)i=this.write(r??null,e,t);else{let r=this.dataIdNextNumber++;i={id:r},this.dataIdMap.set(i,{id:r,memoryOffset:n,shape:e,dtype:t,refCount:1});let a=V(e);this.wasm.tfjs.registerTensor(r,a,n)}return{dataId:i,shape:e,dtype:t}}typedArrayFromHeap({shape:e,dtype:t,dataId:n}){let r=this.wasm.HEAPU8.buffer,{memoryOffset:i}=this.dataIdMap.get(n),a=V(e);switch(t){case`float32`:return new Float32Array(r,i,a);case`int32`:return new Int32Array(r,i,a);case`bool`:return new Uint8Array(r,i,a);default:throw Error(`Unknown dtype ${t}`)}}};function id(e){return(t,n)=>(h(e,{credentials:`same-origin`}).then(r=>{r.ok||t.env.a(`failed to load wasm binary file at '${e}'`),r.arrayBuffer().then(e=>{WebAssembly.instantiate(e,t).then(e=>{n(e.instance,e.module)})})}),{})}function ad(e,t,n){if(ld!=null)return ld;let r=`tfjs-backend-wasm.wasm`;return e&&t?r=`tfjs-backend-wasm-threaded-simd.wasm`:e&&(r=`tfjs-backend-wasm-simd.wasm`),dd!=null&&dd[r]!=null?dd[r]:n+r}async function od(){let[e,t]=await Promise.all([Dn().getAsync(`WASM_HAS_SIMD_SUPPORT`),Dn().getAsync(`WASM_HAS_MULTITHREAD_SUPPORT`)]);return new Promise((n,r)=>{let i={};i.locateFile=(n,r)=>{if(n.endsWith(`.worker.js`)){let e=$u.wasmWorkerContents.replace(/\n/g,`\\n`),t=new Blob([e],{type:`application/javascript`});return URL.createObjectURL(t)}return n.endsWith(`.wasm`)?ad(e,t,ud??r):r+n},pd&&(i.instantiateWasm=id(ad(e,t,ud??``)));let a=!1;i.onAbort=()=>{a||fd||(fd=!0,r({message:"Make sure the server can serve the `.wasm` file relative to the bundled js file. For more details see https://github.com/tensorflow/tfjs/blob/master/tfjs-backend-wasm/README.md#using-bundlers"}))};let o;t&&e&&ld==null?(i.mainScriptUrlOrBlob=new Blob([`var WasmBackendModuleThreadedSimd = `+td.toString()],{type:`text/javascript`}),o=td(i)):o=nd(i),o.then(e=>{a=!0,fd=!1,e.tfjs={init:e.cwrap(`init`,null,[]),initWithThreadsCount:e.cwrap(`init_with_threads_count`,null,[`number`]),getThreadsCount:e.cwrap(`get_threads_count`,`number`,[]),registerTensor:e.cwrap(`register_tensor`,null,[`number`,`number`,`number`]),disposeData:e.cwrap(`dispose_data`,null,[`number`]),dispose:e.cwrap(`dispose`,null,[])},n({wasm:e})}).catch(r)})}function sd(e,t){switch(t){case`float32`:return new Float32Array(e);case`int32`:return new Int32Array(e);case`bool`:return new Uint8Array(e);default:throw Error(`Unknown dtype ${t}`)}}const cd=[`tfjs-backend-wasm.wasm`,`tfjs-backend-wasm-simd.wasm`,`tfjs-backend-wasm-threaded-simd.wasm`];let ld=null,ud=null,dd={},fd=!1,pd=!1;function md(e,t=!1){if(fd)throw Error("The WASM backend was already initialized. Make sure you call `setWasmPaths()` before you call `tf.setBackend()` or `tf.ready()`");if(typeof e==`string`)ud=e;else{dd=e;let t=cd.filter(e=>dd[e]==null);if(t.length>0)throw Error(`There were no entries found for the following binaries: ${t.join(`,`)}. Please either call setWasmPaths with a map providing a path for each binary, or with a string indicating the directory where all the binaries can be found.`)}pd=t}let hd=-1,gd=-1;
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
q(),Ft(`wasm`,async()=>{let{wasm:e}=await od();return new rd(e)},2);
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
export{md as setWasmPaths};