import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{$ as t,$n as n,$r as r,Ar as i,At as a,Bn as o,Br as s,Bt as c,Cn as l,Cr as u,Ct as d,Dn as f,Dt as p,Ei as m,En as h,Er as g,Et as _,Fn as v,Fr as y,Ft as b,G as x,Gn as S,Gr as C,Gt as w,H as T,Hn as E,Hr as D,Ht as O,In as k,Ir as A,It as j,J as M,Kn as N,Kr as P,Lr as F,Lt as I,Mn as L,Mr as R,Mt as z,Nr as ee,Nt as B,O as V,Ot as te,Pn as ne,Pr as re,Pt as ie,Q as ae,Qn as oe,Qr as se,Rn as ce,Rr as le,Rt as ue,S as H,Sr as de,St as fe,Ti as pe,Tn as me,Tt as he,U as ge,Ur as _e,Ut as ve,V as ye,Vn as be,Vr as xe,Vt as Se,W as Ce,Wn as we,Wr as Te,Wt as Ee,X as De,Xn as Oe,Xr as ke,Xt as Ae,Y as je,Yn as Me,Yt as Ne,Zn as Pe,_n as Fe,_r as Ie,_t as Le,ai as Re,ar as ze,at as Be,bn as Ve,br as He,bt as Ue,cr as We,ct as Ge,di as Ke,dn as qe,dr as Je,dt as Ye,ei as Xe,en as Ze,er as Qe,et as $e,fi as et,fn as tt,ft as nt,gi as U,gr as rt,ht as it,ii as at,in as ot,ir as st,it as ct,jn as lt,jr as ut,jt as dt,kn as ft,kr as pt,kt as mt,li as ht,ln as gt,lr as _t,lt as vt,mn as yt,mr as bt,mt as xt,ni as W,nn as St,nr as Ct,nt as wt,oi as Tt,or as Et,ot as Dt,p as Ot,pi as kt,pn as At,pr as jt,pt as Mt,qn as Nt,qr as G,qt as Pt,rn as Ft,rr as It,rt as Lt,sn as Rt,st as zt,ti as Bt,tn as Vt,tr as Ht,tt as Ut,ui as Wt,un as Gt,ur as Kt,ut as qt,vn as Jt,vr as Yt,w as Xt,wi as Zt,wn as Qt,wr as $t,wt as en,xn as tn,xr as nn,yi as K,yn as rn,yr as an,zn as on,zt as sn}from"./dist-DK9lqCwY.js";import{$ as cn,A as ln,At as un,B as dn,Ct as q,Dt as fn,Et as pn,F as mn,G as hn,H as gn,I as _n,J as vn,K as yn,L as bn,M as xn,N as Sn,Ot as Cn,P as wn,Q as Tn,R as En,St as J,Tt as Dn,U as On,V as kn,W as An,X as jn,Y as Mn,Z as Nn,_t as Pn,a as Fn,bt as In,c as Ln,et as Rn,gt as zn,i as Bn,j as Vn,jt as Hn,k as Un,kt as Wn,l as Gn,lt as Kn,m as qn,n as Jn,nt as Yn,o as Xn,pt as Zn,q as Qn,r as $n,t as er,tt as tr,u as Y,ut as nr,vt as rr,wt as ir,xt as ar,yt as or,z as sr}from"./Unique_impl-DqctnqwY.js";import{$ as cr,A as lr,At as ur,C as dr,Ct as fr,D as X,Dt as pr,F as mr,Ft as hr,G as gr,H as _r,L as vr,Lt as yr,M as br,Mt as Z,Nt as xr,O as Sr,Ot as Cr,P as wr,Pt as Tr,Rt as Er,S as Dr,T as Or,Tt as kr,V as Ar,W as jr,Y as Mr,Z as Nr,_ as Pr,at as Fr,b as Ir,bt as Lr,ct as Rr,d as zr,dt as Br,et as Vr,g as Hr,gt as Ur,h as Wr,ht as Q,i as Gr,jt as Kr,k as qr,kt as Jr,l as Yr,m as Xr,n as Zr,o as Qr,p as $r,pt as ei,q as ti,r as ni,rt as ri,s as ii,st as ai,t as oi,tt as si,ut as ci,vt as li,w as ui,wt as di,xt as fi,y as pi,yt as mi,z as hi,zt as gi}from"./TopK_impl-BOo6vLtQ.js";import{t as _i}from"./where_impl-CtL7gEB1.js";import{t as vi}from"./fit.worker-DVERFptg.js";import"./shared-DQkKiL3G.js";
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
const yi=_i;var bi=class e extends m{nextDataId(){return e.nextDataId++}constructor(){super(),this.blockSize=48,this.firstUse=!0,this.data=new pe(this,Xt())}write(e,t,n){this.firstUse&&(this.firstUse=!1,C().get(`IS_NODE`)&&ae(`
============================
Hi, looks like you are running TensorFlow.js in Node.js. To speed things up dramatically, install our node backend, visit https://github.com/tensorflow/tfjs-node for more details. 
============================`));let r={id:this.nextDataId()};return this.data.set(r,{values:e,dtype:n,refCount:1}),r}makeTensorInfo(e,t,n){let r;if(t===`string`&&n!=null&&n.length>0&&ht(n[0])){let i=n.map(e=>x(e));r=this.write(i,e,t)}else r=this.write(n,e,t);return{dataId:r,shape:e,dtype:t}}refCount(e){return this.data.has(e)?this.data.get(e).refCount:0}incRef(e){let t=this.data.get(e);t.refCount++}decRef(e){if(this.data.has(e)){let t=this.data.get(e);t.refCount--}}move(e,t,n,r,i){this.data.set(e,{values:t,dtype:r,refCount:i})}numDataIds(){return this.data.numDataIds()}async read(e){return this.readSync(e)}readSync(e){let{dtype:t,complexTensorInfos:n}=this.data.get(e);if(t===`complex64`){let e=this.readSync(n.real.dataId),t=this.readSync(n.imag.dataId);return kn(e,t)}return Xe(this.data.get(e).values,t)}bufferSync(e){let t=this.readSync(e.dataId);if(e.dtype===`string`)try{let n=t.map(e=>Ce(e));return H(e.shape,e.dtype,n)}catch{throw Error(`Failed to decode encoded string bytes into utf-8`)}return H(e.shape,e.dtype,t)}makeOutput(e,t,n){return Xt().makeTensorFromTensorInfo(this.makeTensorInfo(t,n,e),this)}disposeData(e,t=!1){if(this.data.has(e)){if(this.data.get(e).refCount--,!t&&this.data.get(e).refCount>0)return!1;let{complexTensorInfos:n}=this.data.get(e);n!=null&&(this.disposeData(n.real.dataId,!0),this.disposeData(n.imag.dataId,!0)),this.data.delete(e)}return!0}disposeIntermediateTensorInfo(e){this.disposeData(e.dataId)}async time(e){let t=M();return e(),{kernelMs:M()-t}}memory(){return{unreliable:!0,reasons:[`The reported memory is an upper bound. Due to automatic garbage collection, the true allocated memory may be less.`]}}where(e){Y([e],`where`);let t=this.readSync(e.dataId);return yi(e.shape,t)}dispose(){}floatPrecision(){return 32}epsilon(){return super.epsilon()}};
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
bi.nextDataId=0,V(`cpu`,()=>new bi,1);
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
const xi=Q(`Elu`,e=>e>=0?e:Math.exp(e)-1),Si={kernelName:`Elu`,backendName:`cpu`,kernelFunc:xi};
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
function Ci(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{alpha:a}=r;Y([i],`leakyRelu`);let o=K(i.shape),s=n.data.get(i.dataId).values,c=W(`float32`,o);for(let e=0;e<s.length;e++)c[e]=s[e]<0?a*s[e]:s[e];return n.makeTensorInfo(i.shape,`float32`,c)}const wi={kernelName:yt,backendName:`cpu`,kernelFunc:Ci},Ti=Tr((e,t)=>e<0?t*e:e)
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
;function Ei(e){let{inputs:t,backend:n}=e,{x:r,alpha:i}=t;Y([r,i],`prelu`);let a=n.data.get(r.dataId).values,o=n.data.get(i.dataId).values,[s,c]=Ti(r.shape,i.shape,a,o,`float32`);return n.makeTensorInfo(c,`float32`,s)}const Di={kernelName:E,backendName:`cpu`,kernelFunc:Ei},Oi=Q(Pe,e=>Math.max(0,e)),ki={kernelName:Pe,backendName:`cpu`,kernelFunc:Oi},Ai=Q(oe,e=>Math.min(Math.max(0,e),6)),ji={kernelName:oe,backendName:`cpu`,kernelFunc:Ai}
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function Mi(e,t,n,r,i){if(n===`linear`)return Jr({inputs:{x:t},backend:e});if(n===`relu`)return Oi({inputs:{x:t},backend:e});if(n===`elu`)return xi({inputs:{x:t},backend:e});if(n===`relu6`)return Ai({inputs:{x:t},backend:e});if(n===`prelu`)return Ei({inputs:{x:t,alpha:r},backend:e});if(n===`leakyrelu`)return Ci({inputs:{x:t},backend:e,attrs:{alpha:i}});if(n===`sigmoid`)return Hr({inputs:{x:t},backend:e});throw Error(`Activation ${n} has not been implemented for the CPU backend.`)}
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
function $(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{shape:a}=r,o=K(i.shape),s=Tt(a,o),c=K(s);G(o===c,()=>`The new shape (${s}) has ${c} elements and the old shape (${i.shape}) has ${o} elements. The new shape and old shape must have the same number of elements.`),n.incRef(i.dataId);let l=n.data.get(i.dataId);if(l.complexTensorInfos!=null){let e=l.complexTensorInfos.real,t=l.complexTensorInfos.imag;e.shape=s,t.shape=s}return{dataId:i.dataId,shape:s,dtype:i.dtype}}const Ni={kernelName:n,backendName:`cpu`,kernelFunc:$};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function Pi(e){let{inputs:t,backend:n,attrs:i}=e,{a,b:o}=t,{transposeA:s,transposeB:c}=i;Y([a,o],`matMul`);let l=a.shape.length,u=o.shape.length,d=s?a.shape[l-2]:a.shape[l-1],f=c?o.shape[u-1]:o.shape[u-2],p=s?a.shape[l-1]:a.shape[l-2],m=c?o.shape[u-2]:o.shape[u-1],h=a.shape.slice(0,-2),g=o.shape.slice(0,-2),_=K(h),v=K(g),y=Ot(a.shape.slice(0,-2),o.shape.slice(0,-2)).concat([p,m]);G(d===f,()=>`Error in matMul: inner shapes (${d}) and (${f}) of Tensors with shapes ${a.shape} and ${o.shape} and transposeA=${s} and transposeB=${c} must match.`);let b=s?[_,d,p]:[_,p,d],x=c?[v,m,f]:[v,f,m],S=$({inputs:{x:a},backend:n,attrs:{shape:b}}),C=$({inputs:{x:o},backend:n,attrs:{shape:x}}),w=s?S.shape[1]:S.shape[2],T=s?S.shape[2]:S.shape[1],E=c?C.shape[1]:C.shape[2],D=Math.max(_,v),O=n.data.get(S.dataId).values,k=n.data.get(C.dataId).values,A=r(S.shape),j=r(C.shape),[M,N,P]=s?[A[0],1,A[1]]:[A[0],A[1],1],[F,I,L]=c?[1,j[1],j[0]]:[j[1],1,j[0]],R=T*E,z=H([D,T,E],S.dtype),ee=z.values,B=n.blockSize;for(let e=0;e<D;e++){let t=e%_,n=e%v;for(let r=0;r<T;r+=B){let i=Math.min(r+B,T);for(let a=0;a<E;a+=B){let o=Math.min(a+B,E);for(let s=0;s<w;s+=B){let c=Math.min(s+B,w);for(let l=r;l<i;l++)for(let r=a;r<o;r++){let i=0;for(let e=s;e<c;e++){let a=O[t*M+l*N+e*P],o=k[e*F+r*I+n*L];i+=a*o}ee[e*R+(l*E+r)]+=i}}}}}return n.disposeIntermediateTensorInfo(S),n.disposeIntermediateTensorInfo(C),n.makeTensorInfo(y,z.dtype,z.values)}const Fi={kernelName:Mt,backendName:`cpu`,kernelFunc:Pi};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function Ii(e){let{inputs:t,backend:n,attrs:r}=e,{a:i,b:a,bias:o,preluActivationWeights:s}=t,{transposeA:c,transposeB:l,activation:u,leakyreluAlpha:d}=r,f,p,m,h=[];f=Pi({inputs:{a:i,b:a},attrs:{transposeA:c,transposeB:l},backend:n}),o&&(p=Lr({inputs:{a:f,b:o},backend:n}),h.push(f),f=p),u&&(m=Mi(n,f,u,s,d),h.push(f),f=m);for(let e of h)n.disposeIntermediateTensorInfo(e);return f}const Li={kernelName:Te,backendName:`cpu`,kernelFunc:Ii},Ri=Q(t,e=>Math.acos(e)),zi={kernelName:t,backendName:`cpu`,kernelFunc:Ri},Bi=Q($e,e=>Math.acosh(e)),Vi={kernelName:$e,backendName:`cpu`,kernelFunc:Bi}
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function Hi(e){let{inputs:t,backend:n}=e,r=t;Y(t,`addN`);let i=r.map(e=>n.data.get(e.dataId).values),a=H(r[0].shape,r[0].dtype),o=a.values;for(let e=0;e<r.length;e++){let t=i[e];for(let e=0;e<o.length;e++)o[e]+=t[e]}return n.makeTensorInfo(a.shape,a.dtype,a.values)}const Ui={kernelName:Ut,backendName:`cpu`,kernelFunc:Hi};
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
function Wi(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a,keepDims:o}=r;Y(i,`all`);let s=U(a,i.shape),c=s,l=J(c,i.shape.length),u=i;l!=null&&(u=X({inputs:{x:i},backend:n,attrs:{perm:l}}),c=q(c.length,i.shape.length)),or(`all`,c,u.shape.length);let[d,f]=In(u.shape,c),p=K(f),m=kt(K(d),u.dtype),h=n.data.get(u.dataId).values;for(let e=0;e<m.length;++e){let t=e*p,n=h[t];for(let e=0;e<p;++e){let r=h[t+e];n&&=r}m[e]=n}l!=null&&n.disposeIntermediateTensorInfo(u);let g=n.makeTensorInfo(d,u.dtype,m);if(o){let e=ar(d,s),t=$({inputs:{x:g},backend:n,attrs:{shape:e}});return n.disposeIntermediateTensorInfo(g),t}return g}const Gi={kernelName:`All`,backendName:`cpu`,kernelFunc:Wi};
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
function Ki(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a,keepDims:o}=r;Y(i,`any`);let s=U(a,i.shape),c=s,l=J(c,i.shape.length),u=i;l!=null&&(u=X({inputs:{x:i},backend:n,attrs:{perm:l}}),c=q(c.length,i.shape.length)),or(`any`,c,u.shape.length);let[d,f]=In(u.shape,c),p=K(f),m=kt(K(d),u.dtype),h=n.data.get(u.dataId).values;for(let e=0;e<m.length;++e){let t=e*p,n=h[t];for(let e=0;e<p;++e){let r=h[t+e];n||=r}m[e]=n}l!=null&&n.disposeIntermediateTensorInfo(u);let g=n.makeTensorInfo(d,u.dtype,m);if(o){let e=ar(d,s),t=$({inputs:{x:g},backend:n,attrs:{shape:e}});return n.disposeIntermediateTensorInfo(g),t}return g}const qi={kernelName:`Any`,backendName:`cpu`,kernelFunc:Ki};
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
function Ji(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a}=r;Y(i,`argMax`);let o=U(a,i.shape),s=J(o,i.shape.length),c=i,l=[];s!=null&&(c=X({inputs:{x:i},backend:n,attrs:{perm:s}}),l.push(c),o=q(o.length,c.shape.length)),o=[o[0]],or(`argMax`,o,c.shape.length);let[u,d]=In(c.shape,o),f=K(u),p=kt(f,`int32`),m=K(d),h=n.data.get(c.dataId).values;for(let e=0;e<p.length;++e){let t=e*m,n=h[t],r=0;for(let e=0;e<m;++e){let i=h[t+e];i>n&&(n=i,r=e)}p[e]=r}return l.forEach(e=>n.disposeIntermediateTensorInfo(e)),n.makeTensorInfo(u,`int32`,p)}const Yi={kernelName:wt,backendName:`cpu`,kernelFunc:Ji};
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
function Xi(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a}=r;Y(i,`argMin`);let o=U(a,i.shape),s=J(o,i.shape.length),c=i,l=[];s!=null&&(c=X({inputs:{x:i},backend:n,attrs:{perm:s}}),l.push(c),o=q(o.length,c.shape.length)),o=[o[0]],or(`argMin`,o,c.shape.length);let[u,d]=In(c.shape,o),f=K(u),p=kt(f,`int32`),m=K(d),h=n.data.get(c.dataId).values;for(let e=0;e<p.length;++e){let t=e*m,n=h[t],r=0;for(let e=0;e<m;++e){let i=h[t+e];i<n&&(n=i,r=e)}p[e]=r}return l.forEach(e=>n.disposeIntermediateTensorInfo(e)),n.makeTensorInfo(u,`int32`,p)}const Zi={kernelName:Lt,backendName:`cpu`,kernelFunc:Xi},Qi=Q(ct,e=>Math.asin(e)),$i={kernelName:ct,backendName:`cpu`,kernelFunc:Qi},ea=Q(Be,e=>Math.asinh(e)),ta={kernelName:Be,backendName:`cpu`,kernelFunc:ea},na=Q(Dt,e=>Math.atan(e)),ra={kernelName:Dt,backendName:`cpu`,kernelFunc:na},ia=Tr((e,t)=>Math.atan2(e,t)),aa=fr(zt,ia),oa={kernelName:zt,backendName:`cpu`,kernelFunc:aa},sa=Q(Ge,e=>Math.atanh(e)),ca={kernelName:Ge,backendName:`cpu`,kernelFunc:sa}
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function la(e,t,n,r,i,a){let o=i.strideHeight,s=i.strideWidth,c=i.dilationHeight,l=i.dilationWidth,u=i.effectiveFilterHeight,d=i.effectiveFilterWidth,f=i.padInfo.top,p=i.padInfo.left,m=a===`max`?-1/0:1/0,h=H(i.outShape,n),g=h.values,_=i.outShape[1]*i.outShape[2]*i.outShape[3],v=i.outShape[2]*i.outShape[3],y=i.outShape[3];for(let t=0;t<i.batchSize;++t){let n=t*_,h=t*r[0];for(let t=0;t<i.inChannels;++t)for(let _=0;_<i.outHeight;++_){let b=_*o-f,x=Math.max(0,b),S=Math.min(i.inHeight,u+b),C=n+_*v;for(let n=0;n<i.outWidth;++n){let o=n*s-p,u=Math.max(0,o),f=Math.min(i.inWidth,d+o),_=m,v=0,b=0;for(let n=x;n<S;n+=c){let i=h+n*r[1];for(let n=u;n<f;n+=l){let o=e[i+n*r[2]+t];a===`max`&&o>_?_=o:a===`avg`&&(v+=o,b++)}if(isNaN(_))break}let w=C+n*y+t;g[w]=a===`avg`?v/b:_}}}return h}function ua(e,t,n,r,i=!1,a=!1){let o=H(r.outShape,`int32`),s=r.strideHeight,c=r.strideWidth,l=r.dilationHeight,u=r.dilationWidth,d=r.effectiveFilterHeight,f=r.effectiveFilterWidth,p=r.padInfo.top,m=r.padInfo.left,h=H(t,n,e);for(let e=0;e<r.batchSize;++e)for(let t=0;t<r.inChannels;++t)for(let n=0;n<r.outHeight;++n){let g=n*s-p,_=g;for(;_<0;)_+=l;let v=Math.min(r.inHeight,d+g);for(let s=0;s<r.outWidth;++s){let d=s*c-m,p=d;for(;p<0;)p+=u;let y=Math.min(r.inWidth,f+d),b=-1/0,x=-1;for(let n=_;n<v;n+=l){let o=n-g;for(let s=p;s<y;s+=u){let c=s-d,l=h.get(e,n,s,t);l>b&&(b=l,x=i?a?((e*r.inHeight+n)*r.inWidth+s)*r.inChannels+t:(n*r.inWidth+s)*r.inChannels+t:o*f+c)}}o.set(x,e,n,s,t)}}return o}function da(e,t,n,r,i,a){let o=i.strideDepth,s=i.strideHeight,c=i.strideWidth,l=i.dilationDepth,u=i.dilationHeight,d=i.dilationWidth,f=i.effectiveFilterDepth,p=i.effectiveFilterHeight,m=i.effectiveFilterWidth,h=i.padInfo.front,g=i.padInfo.top,_=i.padInfo.left,v=a===`max`?-1/0:1/0,y=H(i.outShape,n),b=y.values,x=i.outShape[1]*i.outShape[2]*i.outShape[3]*i.outShape[4],S=i.outShape[2]*i.outShape[3]*i.outShape[4],C=i.outShape[3]*i.outShape[4],w=i.outShape[4];for(let t=0;t<i.batchSize;++t){let n=t*x,y=t*r[0];for(let t=0;t<i.inChannels;++t)for(let x=0;x<i.outDepth;++x){let T=x*o-h,E=T;for(;E<0;)E+=l;let D=Math.min(i.inDepth,f+T),O=n+x*S;for(let n=0;n<i.outHeight;++n){let o=n*s-g,f=o;for(;f<0;)f+=u;let h=Math.min(i.inHeight,p+o),x=O+n*C;for(let n=0;n<i.outWidth;++n){let o=n*c-_,s=o;for(;s<0;)s+=d;let p=Math.min(i.inWidth,m+o),g=x+n*w,S=v,C=0,T=0;for(let n=E;n<D;n+=l){let i=y+n*r[1];for(let n=f;n<h;n+=u){let o=i+n*r[2];for(let n=s;n<p;n+=d){let i=e[o+n*r[3]+t];if(a===`max`&&i>S?S=i:a===`avg`&&(C+=i,T++),isNaN(S))break}if(isNaN(S))break}if(isNaN(S))break}let O=g+t;b[O]=a===`avg`?C/Math.max(T,1):S}}}}return y}function fa(e,t){let n=H(t.outShape,`int32`),r=t.strideDepth,i=t.strideHeight,a=t.strideWidth,o=t.dilationDepth,s=t.dilationHeight,c=t.dilationWidth,l=t.effectiveFilterDepth,u=t.effectiveFilterHeight,d=t.effectiveFilterWidth,f=t.padInfo.front,p=t.padInfo.top,m=t.padInfo.left;for(let h=0;h<t.batchSize;++h)for(let g=0;g<t.inChannels;++g)for(let _=0;_<t.outDepth;++_){let v=_*r-f,y=v;for(;y<0;)y+=o;let b=Math.min(t.inDepth,l+v);for(let r=0;r<t.outHeight;++r){let l=r*i-p,f=l;for(;f<0;)f+=s;let x=Math.min(t.inHeight,u+l);for(let i=0;i<t.outWidth;++i){let p=i*a-m,S=p;for(;S<0;)S+=c;let C=Math.min(t.inWidth,d+p),w=-1/0,T=-1;for(let t=y;t<b;t+=o){let n=t-v;for(let r=f;r<x;r+=s){let i=r-l;for(let a=S;a<C;a+=c){let o=a-p,s=e.get(h,t,r,a,g);s>=w&&(w=s,T=n*u*d+i*u+o)}}}n.set(T,h,_,r,i,g)}}}return n}
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
function pa(e){let{inputs:t,backend:n,attrs:i}=e,{x:a}=t;Y(a,`avgPool`);let{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=i;G(Hn(s,1),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${s} and dilations '1'`);let u=Cn(a.shape,o,s,1,c,l),d;if(u.filterWidth===1&&u.filterHeight===1&&P(u.inShape,u.outShape))d=Jr({inputs:{x:a},backend:n});else{let e=n.data.get(a.dataId).values,t=r(a.shape),i=la(e,a.shape,a.dtype,t,u,`avg`);d=n.makeTensorInfo(u.outShape,a.dtype,i.values)}return d}const ma={kernelName:vt,backendName:`cpu`,kernelFunc:pa};
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
function ha(e){let{inputs:t,backend:n,attrs:i}=e,{x:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l,dataFormat:u}=i;Y(a,`avgPool3d`);let d=Wn(a.shape,o,s,1,c,l,u),f=n.data.get(a.dataId).values,p=da(f,a.shape,a.dtype,r(a.shape),d,`avg`);return n.makeTensorInfo(p.shape,`float32`,p.values)}const ga={kernelName:qt,backendName:`cpu`,kernelFunc:ha};
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
function _a(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r;Y([i,a],`avgPool3DGrad`);let u=Wn(a.shape,o,s,1,c,l),d=u.strideDepth,f=u.strideHeight,p=u.strideWidth,m=u.filterDepth,h=u.filterHeight,g=u.filterWidth,_=u.dilationDepth,v=u.dilationHeight,y=u.dilationWidth,b=u.effectiveFilterDepth,x=u.effectiveFilterHeight,S=u.effectiveFilterWidth,C=b-1-u.padInfo.front,w=S-1-u.padInfo.left,T=x-1-u.padInfo.top,E=H(a.shape,`float32`),D=1/(m*h*g),O=n.bufferSync(i);for(let e=0;e<u.batchSize;++e)for(let t=0;t<u.inChannels;++t)for(let n=0;n<u.inDepth;++n)for(let r=0;r<u.inHeight;++r)for(let i=0;i<u.inWidth;++i){let a=n-C,o=r-T,s=i-w,c=0;for(let n=0;n<b;n+=_){let r=(a+n)/d;if(!(r<0||r>=u.outDepth||Math.floor(r)!==r))for(let n=0;n<x;n+=v){let i=(o+n)/f;if(!(i<0||i>=u.outHeight||Math.floor(i)!==i))for(let n=0;n<S;n+=y){let a=(s+n)/p;if(a<0||a>=u.outWidth||Math.floor(a)!==a)continue;let o=O.get(e,r,i,a,t);c+=o}}}E.set(c*D,e,n,r,i,t)}return n.makeTensorInfo(E.shape,E.dtype,E.values)}const va={kernelName:Ye,backendName:`cpu`,kernelFunc:_a};
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
function ya(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,o=a;Y([i,a],`avgPoolGrad`);let{filterSize:s,strides:c,pad:l}=r,u=Cn(o.shape,s,c,1,l),d=u.strideHeight,f=u.strideWidth,p=u.filterHeight,m=u.filterWidth,h=u.dilationHeight,g=u.dilationWidth,_=u.effectiveFilterHeight,v=u.effectiveFilterWidth,y=v-1-u.padInfo.left,b=_-1-u.padInfo.top,x=H(o.shape,`float32`),S=1/(p*m),C=n.data.get(i.dataId).values,w=H(i.shape,`float32`,C);for(let e=0;e<u.batchSize;++e)for(let t=0;t<u.inChannels;++t)for(let n=0;n<u.inHeight;++n)for(let r=0;r<u.inWidth;++r){let i=n-b,a=r-y,o=0;for(let n=0;n<_;n+=h){let r=(i+n)/d;if(!(r<0||r>=u.outHeight||Math.floor(r)!==r))for(let n=0;n<v;n+=g){let i=(a+n)/f;if(i<0||i>=u.outWidth||Math.floor(i)!==i)continue;let s=w.get(e,r,i,t);o+=s}}x.set(o*S,e,n,r,t)}return n.makeTensorInfo(x.shape,x.dtype,x.values)}const ba={kernelName:nt,backendName:`cpu`,kernelFunc:ya};
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
function xa(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,scale:a,offset:o,mean:s,variance:c}=t;G(s.shape.length===c.shape.length,()=>`Batch normalization gradient requires mean and variance to have equal ranks.`),G(o==null||s.shape.length===o.shape.length,()=>`Batch normalization gradient requires mean and offset to have equal ranks.`),G(a==null||s.shape.length===a.shape.length,()=>`Batch normalization gradient requires mean and scale to have equal ranks.`),Y([i,s,c,a,o],`batchNorm`);let{varianceEpsilon:l}=r;l??=.001;let u=n.data.get(i.dataId).values,d=n.data.get(s.dataId).values,f=n.data.get(c.dataId).values,p=a?n.data.get(a.dataId).values:new Float32Array([1]),m=o?n.data.get(o.dataId).values:new Float32Array([0]),h=new Float32Array(u.length),g=m.length,_=p.length,v=f.length,y=d.length,b=0,x=0,S=0,C=0;for(let e=0;e<u.length;++e)h[e]=m[b++]+(u[e]-d[x++])*p[S++]/Math.sqrt(f[C++]+l),b>=g&&(b=0),x>=y&&(x=0),S>=_&&(S=0),C>=v&&(C=0);return n.makeTensorInfo(i.shape,i.dtype,h)}const Sa={kernelName:Ze,backendName:`cpu`,kernelFunc:xa};
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
function Ca(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{blockShape:a,crops:o}=r;Y([i],`batchToSpaceND`);let s=a.reduce((e,t)=>e*t),c=Tn(i.shape,a,s),l=Nn(c.length,a.length),u=cn(i.shape,a,s),d=Rn(o,a.length),f=tr(u,o,a.length),p=$({inputs:{x:i},backend:n,attrs:{shape:c}}),m=X({inputs:{x:p},backend:n,attrs:{perm:l}}),h=$({inputs:{x:m},backend:n,attrs:{shape:u}}),g=Fn({inputs:{x:h},backend:n,attrs:{begin:d,size:f}});return n.disposeIntermediateTensorInfo(p),n.disposeIntermediateTensorInfo(m),n.disposeIntermediateTensorInfo(h),g}const wa={kernelName:xt,backendName:`cpu`,kernelFunc:Ca};
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
function Ta(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,weights:a}=t,{size:o}=r,s=n.data.get(i.dataId).values,c=n.data.get(a.dataId).values,l=li(s,c,a.dtype,a.shape,o);return n.makeTensorInfo([o],a.dtype,l)}const Ea={kernelName:it,backendName:`cpu`,kernelFunc:Ta};
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
function Da(e){let{inputs:t,backend:n}=e,{s0:r,s1:i}=t,a=n.data.get(r.dataId).values,o=n.data.get(i.dataId).values,s=Ot(Array.from(a),Array.from(o));return n.makeTensorInfo([s.length],`int32`,Int32Array.from(s))}const Oa={kernelName:Le,backendName:`cpu`,kernelFunc:Da},ka=Q(Ue,(e,t)=>{
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let n=t;return e>n.clipValueMax?n.clipValueMax:e<n.clipValueMin?n.clipValueMin:e}),Aa={kernelName:Ue,backendName:`cpu`,kernelFunc:ka},ja={kernelName:fe,backendName:`cpu`,kernelFunc:e=>{
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let{x:t}=e.inputs,n=e.backend,r=new Float32Array(K(t.shape)),i=n.data.get(t.dataId),a=i.complexTensorInfos.real,o=i.complexTensorInfos.imag,s=n.data.get(a.dataId).values,c=n.data.get(o.dataId).values;for(let e=0;e<s.length;e++){let t=s[e],n=c[e];r[e]=Math.hypot(t,n)}return n.makeOutput(r,t.shape,`float32`)}};
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
function Ma(e){let{inputs:t,backend:n}=e,{input:r}=t,i=n.data.get(r.dataId).complexTensorInfos.imag,a=n.data.get(i.dataId).values;return n.makeTensorInfo(i.shape,i.dtype,a)}const Na={kernelName:gt,backendName:`cpu`,kernelFunc:Ma};
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
function Pa(e){let{inputs:t,backend:n,attrs:r}=e,{axis:i}=r,a=U(i,t[0].shape)[0],o=t.map(e=>e.shape);Kn(o,a);let s=nr(t.map(e=>e.shape),a);if(K(s)===0)return n.makeTensorInfo(s,t[0].dtype,[]);let c=t.filter(e=>K(e.shape)>0);if(c.length===1)return Jr({inputs:{x:c[0]},backend:n});if(c[0].dtype===`complex64`){let e=c.map(e=>pr({inputs:{input:e},backend:n})),t=c.map(e=>Ma({inputs:{input:e},backend:n})),r=Pa({inputs:e,backend:n,attrs:{axis:a}}),i=Pa({inputs:t,backend:n,attrs:{axis:a}}),o=Z({inputs:{real:r,imag:i},backend:n});return e.forEach(e=>n.disposeIntermediateTensorInfo(e)),t.forEach(e=>n.disposeIntermediateTensorInfo(e)),n.disposeIntermediateTensorInfo(r),n.disposeIntermediateTensorInfo(i),o}let l=c.map(e=>{let t=[-1,K(e.shape.slice(a))];return $({inputs:{x:e},backend:n,attrs:{shape:t}})}),u=l.map(e=>({vals:n.data.get(e.dataId).values,shape:e.shape}));s=nr(l.map(e=>e.shape),1);let d=l[0].shape[0]===1,f=Gn(u,s,t[0].dtype,d),p=nr(c.map(e=>e.shape),a),m=n.makeTensorInfo(p,t[0].dtype,f);return l.forEach(e=>n.disposeIntermediateTensorInfo(e)),m}const Fa={kernelName:d,backendName:`cpu`,kernelFunc:Pa};
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
function Ia(e){let{inputs:t,backend:n,attrs:i}=e,{x:a,filter:o}=t,{strides:s,pad:c,dataFormat:l,dilations:u,dimRoundingMode:d}=i;Y([a,o],`conv2d`);let f=un(l),p=Dn(a.shape,o.shape,s,u,c,d,!1,f),m=p.filterHeight,h=p.filterWidth,g=p.dilationHeight,_=p.dilationWidth,v=p.padInfo.left,y=p.padInfo.top,b=p.dataFormat===`channelsLast`,x=new T(p.outShape,a.dtype),S=r(a.shape),C=r(o.shape),w=S[0],E=b?S[1]:S[2],D=b?S[2]:1,O=b?1:S[1],k=x.strides[0],A=b?x.strides[1]:x.strides[2],j=b?x.strides[2]:1,M=b?1:x.strides[1],N=n.data.get(a.dataId).values,P=n.data.get(o.dataId).values,F=x.values;for(let e=0;e<p.batchSize;++e){let t=e*w,n=e*k;for(let e=0;e<p.outHeight;++e){let r=n+e*A,i=e*p.strideHeight-y;for(let e=0;e<m;++e){let n=i+e*g;if(n<0||n>=p.inHeight)continue;let a=e*C[0],o=t+n*E;for(let e=0;e<p.outWidth;++e){let t=r+e*j,n=e*p.strideWidth-v;for(let e=0;e<h;++e){let r=n+e*_;if(r<0||r>=p.inWidth)continue;let i=a+e*C[1],s=o+r*D,c=i;for(let e=0;e<p.inChannels;++e){let n=N[s+e*O];for(let e=0;e<p.outChannels;++e)F[t+e*M]+=n*P[c+e];c+=p.outChannels}}}}}}return n.makeTensorInfo(x.shape,x.dtype,F)}const La={kernelName:en,backendName:`cpu`,kernelFunc:Ia};
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
function Ra(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,dy:a}=t,{strides:o,pad:s,dataFormat:c,dimRoundingMode:l,filterShape:u}=r;Y([i,a],`conv2dBackpropFilter`);let d=un(c),f=Dn(i.shape,u,o,1,s,l,!1,d),{strideHeight:p,strideWidth:m,filterHeight:h,filterWidth:g}=f,_=f.dataFormat===`channelsLast`,v=new T(f.filterShape,`float32`),y=f.padInfo.left,b=f.padInfo.top,x=n.data.get(i.dataId).values,S=n.data.get(a.dataId).values,C=new T(i.shape,i.dtype,x),w=new T(a.shape,a.dtype,S);for(let e=0;e<h;++e){let t=Math.max(0,Math.ceil((b-e)/p)),n=Math.min(f.outHeight,(f.inHeight+b-e)/p);for(let r=0;r<g;++r){let i=Math.max(0,Math.ceil((y-r)/m)),a=Math.min(f.outWidth,(f.inWidth+y-r)/m);for(let o=0;o<f.inChannels;++o)for(let s=0;s<f.outChannels;++s){let c=0;for(let l=0;l<f.batchSize;++l)for(let u=t;u<n;++u){let t=e+u*p-b;for(let e=i;e<a;++e){let n=r+e*m-y;c+=_?C.get(l,t,n,o)*w.get(l,u,e,s):C.get(l,o,t,n)*w.get(l,s,u,e)}}v.set(c,e,r,o,s)}}}return n.makeTensorInfo(v.shape,v.dtype,v.values)}const za={kernelName:he,backendName:`cpu`,kernelFunc:Ra};
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
function Ba(e){let{inputs:t,backend:n,attrs:i}=e,{dy:a,filter:o}=t,{inputShape:s,strides:c,pad:l,dataFormat:u,dimRoundingMode:d}=i;Y([a,o],`conv2dBackpropInput`);let f=r(o.shape),p=r(a.shape),m=un(u),h=Dn(s,o.shape,c,1,l,d,!1,m),g=new T(h.inShape,`float32`),_=g.values,v=n.data.get(a.dataId).values,y=n.data.get(o.dataId).values,[b,x,S]=f,{batchSize:C,filterHeight:w,filterWidth:E,inChannels:D,inHeight:O,inWidth:k,outChannels:A,outHeight:j,outWidth:M,strideHeight:N,strideWidth:P}=h;m=h.dataFormat;let F=w-1-h.padInfo.top,I=E-1-h.padInfo.left,L=m===`channelsLast`,R=g.strides[0],z=L?g.strides[1]:g.strides[2],ee=L?g.strides[2]:1,B=L?1:g.strides[1],V=p[0],te=L?p[1]:p[2],ne=L?p[2]:1,re=L?1:p[1];for(let e=0;e<C;++e)for(let t=0;t<D;++t)for(let n=0;n<O;++n){let r=n-F,i=Math.max(0,Math.ceil(r/N)),a=Math.min(j,(w+r)/N);for(let o=0;o<k;++o){let s=o-I,c=Math.max(0,Math.ceil(s/P)),l=Math.min(M,(E+s)/P),u=0;for(let n=i;n<a;++n){let i=n*N-r;for(let r=c;r<l;++r){let a=r*P-s,o=V*e+te*n+ne*r,c=b*(w-1-i)+x*(E-1-a)+S*t;for(let e=0;e<A;++e){let t=v[o+re*e],n=y[c+e];u+=t*n}}}let d=R*e+z*n+ee*o+B*t;_[d]=u}}return n.makeTensorInfo(g.shape,g.dtype,g.values)}const Va={kernelName:_,backendName:`cpu`,kernelFunc:Ba};
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
function Ha(e){let{inputs:t,backend:n,attrs:i}=e,{x:a,filter:o}=t,{strides:s,pad:c,dilations:l}=i;Y([a,o],`conv3d`);let u=pn(a.shape,o.shape,s,l,c),{filterDepth:d,filterHeight:f,filterWidth:p,dilationDepth:m,dilationHeight:h,dilationWidth:g,padInfo:_}=u,v=_.front,y=_.left,b=_.top,x=new T(u.outShape,a.dtype),S=n.data.get(a.dataId).values,C=n.data.get(o.dataId).values,w=x.values,E=r(a.shape),D=r(o.shape);for(let e=0;e<u.batchSize;++e){let t=e*E[0],n=e*x.strides[0];for(let e=0;e<u.outDepth;++e){let r=n+e*x.strides[1],i=e*u.strideDepth-v;for(let e=0;e<d;++e){let n=i+e*m;if(n<0||n>=u.inDepth)continue;let a=e*D[0],o=t+n*E[1];for(let e=0;e<u.outHeight;++e){let t=r+e*x.strides[2],n=e*u.strideHeight-b;for(let e=0;e<f;++e){let r=n+e*h;if(r<0||r>=u.inHeight)continue;let i=a+e*D[1],s=o+r*E[2];for(let e=0;e<u.outWidth;++e){let n=t+e*u.outChannels,r=e*u.strideWidth-y;for(let e=0;e<p;++e){let t=r+e*g;if(t<0||t>=u.inWidth)continue;let a=i+e*D[2],o=s+t*u.inChannels,c=a;for(let e=0;e<u.inChannels;++e){let t=S[o+e];for(let e=0;e<u.outChannels;++e)w[n+e]+=t*C[c+e];c+=u.outChannels}}}}}}}}return n.makeTensorInfo(x.shape,x.dtype,x.values)}const Ua={kernelName:p,backendName:`cpu`,kernelFunc:Ha};
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
function Wa(e){let{inputs:t,backend:n,attrs:i}=e,{x:a,dy:o}=t,{strides:s,pad:c,filterShape:l}=i;Y([a,o],`conv3dBackpropFilterV2`);let u=r(a.shape),d=r(o.shape),f=pn(a.shape,l,s,1,c),p=f.strideDepth,m=f.strideHeight,h=f.strideWidth,g=f.filterDepth,_=f.filterHeight,v=f.filterWidth,y=new T(f.filterShape,`float32`),b=y.values,[x,S,C,w]=y.strides,E=n.data.get(o.dataId).values,[D,O,k,A]=d,j=n.data.get(a.dataId).values,[M,N,P,F]=u,I=f.padInfo.front,L=f.padInfo.left,R=f.padInfo.top;for(let e=0;e<g;++e){let t=Math.max(0,Math.ceil((I-e)/p)),n=Math.min(f.outDepth,(f.inDepth+I-e)/p),r=e*x;for(let i=0;i<_;++i){let a=Math.max(0,Math.ceil((R-i)/m)),o=Math.min(f.outHeight,(f.inHeight+R-i)/m),s=i*S+r;for(let r=0;r<v;++r){let c=Math.max(0,Math.ceil((L-r)/h)),l=Math.min(f.outWidth,(f.inWidth+L-r)/h),u=r*C+s;for(let s=0;s<f.inChannels;++s){let d=s*w+u;for(let u=0;u<f.outChannels;++u){let g=0;for(let d=0;d<f.batchSize;++d){let f=d*M,_=d*D;for(let d=t;d<n;++d){let t=(e+d*p-I)*N+f,n=d*O+_;for(let e=a;e<o;++e){let a=(i+e*m-R)*P+t,o=e*k+n;for(let e=c;e<l;++e){let t=(r+e*h-L)*F+a,n=e*A+o;g+=j[t+s]*E[n+u]}}}}b[d+u]=g}}}}}return n.makeTensorInfo(y.shape,y.dtype,y.values)}const Ga={kernelName:te,backendName:`cpu`,kernelFunc:Wa};
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
function Ka(e){let{inputs:t,backend:n,attrs:i}=e,{dy:a,filter:o}=t,{pad:s,strides:c,inputShape:l}=i;Y([a],`conv3dBackpropInputV2`);let u=r(a.shape),d=r(o.shape),f=pn(l,o.shape,c,1,s),p=new T(f.inShape,`float32`),m=p.values,[h,g,_,v]=p.strides,y=n.data.get(a.dataId).values,[b,x,S,C]=u,w=n.data.get(o.dataId).values,[E,D,O,k]=d,{batchSize:A,filterDepth:j,filterHeight:M,filterWidth:N,inChannels:P,inDepth:F,inHeight:I,inWidth:L,outChannels:R,outDepth:z,outHeight:ee,outWidth:B,strideDepth:V,strideHeight:te,strideWidth:ne}=f,re=j-1-f.padInfo.front,ie=M-1-f.padInfo.top,ae=N-1-f.padInfo.left;for(let e=0;e<A;++e)for(let t=0;t<P;++t)for(let n=0;n<F;++n){let r=n-re,i=Math.max(0,Math.ceil(r/V)),a=Math.min(z,(j+r)/V);for(let o=0;o<I;++o){let s=o-ie,c=Math.max(0,Math.ceil(s/te)),l=Math.min(ee,(M+s)/te);for(let u=0;u<L;++u){let d=u-ae,f=Math.max(0,Math.ceil(d/ne)),p=Math.min(B,(N+d)/ne),T=0;for(let n=i;n<a;++n){let i=n*V-r;for(let r=c;r<l;++r){let a=r*te-s;for(let o=f;o<p;++o){let s=o*ne-d,c=b*e+x*n+S*r+C*o,l=E*(j-1-i)+D*(M-1-a)+O*(N-1-s)+k*t;for(let e=0;e<R;++e){let t=y[c+e],n=w[l+e];T+=t*n}}}}m[h*e+g*n+_*o+v*u+t]=T}}}return n.makeTensorInfo(p.shape,p.dtype,p.values)}const qa={kernelName:mt,backendName:`cpu`,kernelFunc:Ka},Ja={kernelName:`Cos`,backendName:`cpu`,kernelFunc:Q(`Cos`,e=>Math.cos(e))},Ya=Q(a,e=>Math.cosh(e)),Xa={kernelName:a,backendName:`cpu`,kernelFunc:Ya}
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
* Copyright 2020 Google LLC. All Rights Reserved.
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
function Za(e){let{inputs:t,backend:n,attrs:i}=e,{image:a,boxes:o,boxInd:s}=t,{cropSize:c,method:l,extrapolationValue:u}=i,[d,f,p,m]=a.shape,h=o.shape[0],[g,_]=c,v=H([h,g,_,m],`float32`),y=n.data.get(o.dataId).values,b=n.data.get(s.dataId).values,x=n.data.get(a.dataId).values,S=r(a.shape),C=r(v.shape);for(let e=0;e<h;e++){let t=e*4,n=y[t],r=y[t+1],i=y[t+2],a=y[t+3],o=b[e];if(o>=d)continue;let s=g>1?(i-n)*(f-1)/(g-1):0,c=_>1?(a-r)*(p-1)/(_-1):0;for(let t=0;t<g;t++){let d=g>1?n*(f-1)+t*s:.5*(n+i)*(f-1);if(d<0||d>f-1)for(let n=0;n<_;n++)for(let r=0;r<m;r++){let i=r+n*C[2]+t*C[1]+e*C[0];v.values[i]=u}else if(l===`bilinear`){let n=Math.floor(d),i=Math.ceil(d),s=d-n;for(let l=0;l<_;l++){let d=_>1?r*(p-1)+l*c:.5*(r+a)*(p-1);if(d<0||d>p-1){for(let n=0;n<m;n++){let r=n+l*C[2]+t*C[1]+e*C[0];v.values[r]=u}continue}let f=Math.floor(d),h=Math.ceil(d),g=d-f;for(let r=0;r<m;r++){let a=r+f*S[2]+n*S[1]+o*S[0],c=x[a];a=r+h*S[2]+n*S[1]+o*S[0];let u=x[a];a=r+f*S[2]+i*S[1]+o*S[0];let d=x[a];a=r+h*S[2]+i*S[1]+o*S[0];let p=x[a],m=c+(u-c)*g,_=d+(p-d)*g;a=r+l*C[2]+t*C[1]+e*C[0],v.values[a]=m+(_-m)*s}}}else for(let n=0;n<_;++n){let i=_>1?r*(p-1)+n*c:.5*(r+a)*(p-1);if(i<0||i>p-1){for(let r=0;r<m;r++){let i=r+n*C[2]+t*C[1]+e*C[0];v.values[i]=u}continue}let s=Math.round(i),l=Math.round(d);for(let r=0;r<m;r++){let i=r+s*S[2]+l*S[1]+o*S[0],a=r+n*C[2]+t*C[1]+e*C[0];v.values[a]=x[i]}}}}return n.makeTensorInfo(v.shape,v.dtype,v.values)}const Qa={kernelName:dt,backendName:`cpu`,kernelFunc:Za};
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
function $a(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a,exclusive:o,reverse:s}=r;Y(i,`cumprod`);let c=J([a],i.shape.length),l=i;c!=null&&(l=X({inputs:{x:i},backend:n,attrs:{perm:c}}));let u=q(1,i.shape.length)[0];if(u!==l.shape.length-1)throw Error(`backend.cumprod in CPU expects an inner-most axis=${l.shape.length-1} but got axis=${u}`);let d=ye(l.dtype,`int32`),f=Ke(K(l.shape),d),p=n.data.get(l.dataId).values,m=l.shape[l.shape.length-1],h=s?(e,t)=>e+m-t-1:(e,t)=>e+t;for(let e=0;e<p.length;e+=m)for(let t=0;t<m;t++){let n=h(e,t);if(t===0)f[n]=o?1:p[n];else{let r=h(e,t-1);f[n]=o?p[r]*f[r]:p[n]*f[r]}}let g=n.makeTensorInfo(l.shape,d,f);if(c!=null){let e=ir(c),t=X({inputs:{x:g},backend:n,attrs:{perm:e}});return n.disposeIntermediateTensorInfo(g),n.disposeIntermediateTensorInfo(l),t}return g}const eo={kernelName:z,backendName:`cpu`,kernelFunc:$a};
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
function to(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a,exclusive:o,reverse:s}=r;Y(i,`cumsum`);let c=J([a],i.shape.length),l=i;c!=null&&(l=X({inputs:{x:i},backend:n,attrs:{perm:c}}));let u=q(1,i.shape.length)[0];if(u!==l.shape.length-1)throw Error(`backend.cumsum in CPU expects an inner-most axis=${l.shape.length-1} but got axis=${u}`);let d=ye(l.dtype,`int32`),f=kt(K(l.shape),d),p=n.data.get(l.dataId).values,m=l.shape[l.shape.length-1],h=s?(e,t)=>e+m-t-1:(e,t)=>e+t;for(let e=0;e<p.length;e+=m)for(let t=0;t<m;t++){let n=h(e,t);if(t===0)f[n]=o?0:p[n];else{let r=h(e,t-1);f[n]=o?p[r]+f[r]:p[n]+f[r]}}let g=n.makeTensorInfo(l.shape,d,f);if(c!=null){let e=ir(c),t=X({inputs:{x:g},backend:n,attrs:{perm:e}});return n.disposeIntermediateTensorInfo(g),n.disposeIntermediateTensorInfo(l),t}return g}const no={kernelName:B,backendName:`cpu`,kernelFunc:to};
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
function ro(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,weights:a}=t,{size:o,binaryOutput:s}=r;if(i.shape.length===1){let e=n.data.get(i.dataId).values,t=n.data.get(a.dataId).values,r=li(e,t,a.dtype,a.shape,o);return n.makeTensorInfo([o],a.dtype,r)}if(i.shape.length===2){let e=n.bufferSync(i),t=n.bufferSync(a),r=mi(e,t,o,s);return n.makeTensorInfo(r.shape,a.dtype,r.values)}throw Error(`Error in denseBincount: input must be at most rank 2, but got rank${i.shape.length}.`)}const io={kernelName:ie,backendName:`cpu`,kernelFunc:ro};
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
function ao(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{blockSize:a,dataFormat:o}=r;G(o===`NHWC`,()=>`Only NHWC dataFormat supported on CPU for depthToSpace. Got ${o}`);let s=i.shape[0],c=i.shape[1],l=i.shape[2],u=i.shape[3],d=c*a,f=l*a,p=u/(a*a),m=n.data.get(i.dataId).values,h=new Float32Array(s*d*f*p),g=0;for(let e=0;e<s;++e)for(let t=0;t<d;++t){let n=Math.floor(t/a),r=t%a;for(let t=0;t<f;++t){let i=Math.floor(t/a),o=t%a,s=(r*a+o)*p;for(let t=0;t<p;++t){let r=t+s+u*(i+l*(n+c*e));h[g++]=m[r]}}}return n.makeTensorInfo([s,d,f,p],i.dtype,h)}const oo={kernelName:b,backendName:`cpu`,kernelFunc:ao};
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
function so(e){let{inputs:t,backend:n,attrs:i}=e,{x:a,filter:o}=t,{strides:s,pad:c,dilations:l,dimRoundingMode:u}=i;Y([a,o],`depthwiseConv2DNative`);let d=r(a.shape),f=r(o.shape),p=l;p??=[1,1],G(Hn(s,p),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${s} and dilations '${p}'`);let m=Dn(a.shape,o.shape,s,p,c,u,!0),{filterHeight:h,filterWidth:g,dilationHeight:_,dilationWidth:v,padInfo:y}=m,b=y.left,x=y.top,S=m.outChannels/m.inChannels,C=new T(m.outShape,a.dtype),w=n.data.get(a.dataId).values,E=n.data.get(o.dataId).values,D=C.values;for(let e=0;e<m.batchSize;++e){let t=e*d[0],n=e*C.strides[0];for(let e=0;e<m.outHeight;++e){let r=n+e*C.strides[1],i=e*m.strideHeight-x;for(let e=0;e<h;++e){let n=i+e*_;if(n<0||n>=m.inHeight)continue;let a=e*f[0],o=t+n*d[1];for(let e=0;e<m.outWidth;++e){let t=r+e*C.strides[2],n=e*m.strideWidth-b;for(let e=0;e<g;++e){let r=n+e*v;if(r<0||r>=m.inWidth)continue;let i=a+e*f[1],s=o+r*m.inChannels,c=t,l=i;for(let e=0;e<m.inChannels;++e){let t=w[s+e];for(let e=0;e<S;++e)D[c+e]+=t*E[l+e];c+=S,l+=S}}}}}}return n.makeTensorInfo(C.shape,C.dtype,C.values)}const co={kernelName:j,backendName:`cpu`,kernelFunc:so};
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
function lo(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,dy:a}=t,{strides:o,dilations:s,pad:c,dimRoundingMode:l,filterShape:u}=r;Y([i,a],`depthwiseConv2dNativeBackpropFilter`);let d=Dn(i.shape,u,o,s,c,l,!0),{strideHeight:f,strideWidth:p,filterHeight:m,filterWidth:h}=d,g=new T(d.filterShape,`float32`),_=d.padInfo.left,v=d.padInfo.top,y=d.outChannels/d.inChannels,b=n.data.get(i.dataId).values,x=new T(i.shape,i.dtype,b),S=n.data.get(a.dataId).values,C=new T(a.shape,a.dtype,S);for(let e=0;e<m;++e){let t=Math.max(0,Math.ceil((v-e)/f)),n=Math.min(d.outHeight,(d.inHeight+v-e)/f);for(let r=0;r<h;++r){let i=Math.max(0,Math.ceil((_-r)/p)),a=Math.min(d.outWidth,(d.inWidth+_-r)/p);for(let o=0;o<d.outChannels;++o){let s=Math.trunc(o/y),c=o%y,l=0;for(let c=0;c<d.batchSize;++c)for(let u=t;u<n;++u){let t=e+u*f-v;for(let e=i;e<a;++e){let n=r+e*p-_;l+=x.get(c,t,n,s)*C.get(c,u,e,o)}}g.set(l,e,r,s,c)}}}return n.makeTensorInfo(g.shape,g.dtype,g.values)}const uo={kernelName:I,backendName:`cpu`,kernelFunc:lo};
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
function fo(e){let{inputs:t,backend:n,attrs:i}=e,{dy:a,filter:o}=t,{strides:s,dilations:c,pad:l,dimRoundingMode:u,inputShape:d}=i;Y([a,o],`depthwiseConv2DNativeBackpropInput`);let f=r(a.shape),p=r(o.shape),m=Dn(d,o.shape,s,c,l,u,!0),h=new T(m.inShape,`float32`),g=h.values,[_,v,y]=h.strides,b=n.data.get(a.dataId).values,[x,S,C]=f,w=n.data.get(o.dataId).values,[E,D,O]=p,{batchSize:k,filterHeight:A,filterWidth:j,inChannels:M,inHeight:N,inWidth:P,outChannels:F,outHeight:I,outWidth:L,strideHeight:R,strideWidth:z}=m,ee=A-1-m.padInfo.top,B=j-1-m.padInfo.left,V=F/M;for(let e=0;e<k;++e)for(let t=0;t<M;++t)for(let n=0;n<N;++n){let r=n-ee,i=Math.max(0,Math.ceil(r/R)),a=Math.min(I,(A+r)/R);for(let o=0;o<P;++o){let s=o-B,c=Math.max(0,Math.ceil(s/z)),l=Math.min(L,(j+s)/z),u=0;for(let n=i;n<a;++n){let i=n*R-r;for(let r=c;r<l;++r){let a=r*z-s,o=x*e+S*n+C*r,c=E*(A-1-i)+D*(j-1-a)+O*t;for(let e=0;e<V;++e){let n=b[o+(t*V+e)],r=w[c+e];u+=n*r}}}g[_*e+v*n+y*o+t]=u}}return n.makeTensorInfo(h.shape,h.dtype,h.values)}const po={kernelName:ue,backendName:`cpu`,kernelFunc:fo};
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
function mo(e){let{inputs:t,backend:n}=e,{x:r}=t,i=K(r.shape),a=n.data.get(r.dataId).values,o=H([i,i],r.dtype),s=o.values;for(let e=0;e<a.length;e++)s[e*i+e]=a[e];let c=[...r.shape,...r.shape];return n.makeTensorInfo(c,o.dtype,o.values)}const ho={kernelName:sn,backendName:`cpu`,kernelFunc:mo},go={kernelName:c,backendName:`cpu`,kernelFunc:({inputs:e,backend:t,attrs:n})=>{
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
let{x:i,filter:a}=e,{strides:o,pad:s,dilations:c}=n,l=t,u=l.data.get(i.dataId).values,d=i.shape.length,f=l.data.get(a.dataId).values,p=a.shape.length,{batchSize:m,inHeight:h,inWidth:g,inChannels:_,outHeight:v,outWidth:y,padInfo:b,strideHeight:x,strideWidth:S,filterHeight:C,filterWidth:w,dilationHeight:T,dilationWidth:E,outShape:D}=fn(i.shape,a.shape,o,s,`NHWC`,c),O=K(D),k=D.length,A=Bt(i.dtype,O);for(let e=0;e<m;++e)for(let t=0;t<v;++t){let n=t*x-b.top;for(let o=0;o<y;++o){let s=o*S-b.left;for(let c=0;c<_;++c){let l=-(2**53-1);for(let t=0;t<C;++t){let o=n+t*T;if(o>=0&&o<h)for(let n=0;n<w;++n){let m=s+n*E;if(m>=0&&m<g){let s=Wt([e,o,m,c],d,r(i.shape)),h=Wt([t,n,c],p,r(a.shape)),g=u[s]+f[h];g>l&&(l=g)}}}let m=Wt([e,t,o,c],k,r(D));A[m]=l}}}return{dataId:l.write(je(A,i.dtype),D,i.dtype),shape:D,dtype:i.dtype}}},_o={kernelName:Se,backendName:`cpu`,kernelFunc:({inputs:e,backend:t,attrs:n})=>{
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
let{x:r,filter:i,dy:a}=e,{strides:o,pad:s,dilations:c}=n,l=t,u=Zt(r.shape,l.data.get(r.dataId).values),d=Zt(i.shape,l.data.get(i.dataId).values),{batchSize:f,inHeight:p,inWidth:m,inChannels:h,outHeight:g,outWidth:_,padInfo:v,strideHeight:y,strideWidth:b,filterHeight:x,filterWidth:S,dilationHeight:C,dilationWidth:w,outShape:T}=fn(r.shape,i.shape,o,s,`NHWC`,c);G(a.rank===T.length,()=>`Error in ${Se}, dy must have the same rank as output ${T.length}, but got ${a.rank}`);let E=Zt(T,l.data.get(a.dataId).values),D=et(i.shape,i.dtype);for(let e=0;e<f;++e)for(let t=0;t<g;++t){let n=t*y-v.top;for(let r=0;r<_;++r){let i=r*b-v.left;for(let a=0;a<h;++a){let o=-(2**53-1),s=0,c=0;for(let t=0;t<x;++t){let r=n+t*C;if(r>=0&&r<p)for(let n=0;n<S;++n){let l=i+n*w;if(l>=0&&l<m){let i=u[e][r][l][a]+d[t][n][a];i>o&&(o=i,s=t,c=n)}}}D[s][c][a]+=E[e][t][r][a]}}}return{dataId:l.write(je(D,r.dtype),i.shape,i.dtype),shape:i.shape,dtype:i.dtype}}},vo={kernelName:O,backendName:`cpu`,kernelFunc:({inputs:e,backend:t,attrs:n})=>{
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
let{x:r,filter:i,dy:a}=e,{strides:o,pad:s,dilations:c}=n,l=t,u=Zt(r.shape,l.data.get(r.dataId).values),d=Zt(i.shape,l.data.get(i.dataId).values),{batchSize:f,inHeight:p,inWidth:m,inChannels:h,outHeight:g,outWidth:_,padInfo:v,strideHeight:y,strideWidth:b,filterHeight:x,filterWidth:S,dilationHeight:C,dilationWidth:w,outShape:T}=fn(r.shape,i.shape,o,s,`NHWC`,c);G(a.rank===T.length,()=>`Error in ${O}, dy must have the same rank as output ${T.length}, but got ${a.rank}`);let E=Zt(T,l.data.get(a.dataId).values),D=et(r.shape,r.dtype);for(let e=0;e<f;++e)for(let t=0;t<g;++t){let n=t*y-v.top;for(let r=0;r<_;++r){let i=r*b-v.left;for(let a=0;a<h;++a){let o=-(2**53-1),s=n<0?0:n,c=i<0?0:i;for(let t=0;t<x;++t){let r=n+t*C;if(r>=0&&r<p)for(let n=0;n<S;++n){let l=i+n*w;if(l>=0&&l<m){let i=u[e][r][l][a]+d[t][n][a];i>o&&(o=i,s=r,c=l)}}}D[e][s][c][a]+=E[e][t][r][a]}}}return{dataId:l.write(je(D,r.dtype),r.shape,r.dtype),shape:r.shape,dtype:r.dtype}}};
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
function yo(e){let{inputs:t,backend:n,attrs:r}=e,{image:i}=t,{canvas:a,options:o}=r,{contextOptions:s,imageOptions:c}=o||{},l=c?.alpha||1,u=s?.contextType||`2d`;if(u!==`2d`)throw Error(`Context type ${s.contextType} is not supported by the CPU backend.`);let d=a.getContext(u,s?.contextAttributes||{});if(d==null)throw Error(`Could not get the context with ${u} type.`);let[f,p]=i.shape.slice(0,2),m=i.shape.length===2?1:i.shape[2],h=n.data.get(i.dataId).values,g=i.dtype===`float32`?255:1,_=new Uint8ClampedArray(p*f*4);for(let e=0;e<f*p;++e){let t=[0,0,0,255*l];for(let n=0;n<m;n++){let r=h[e*m+n];if(i.dtype===`float32`){if(r<0||r>1)throw Error(`Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${r}.`)}else if(i.dtype===`int32`&&(r<0||r>255))throw Error(`Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${r}.`);m===1?(t[0]=r*g,t[1]=r*g,t[2]=r*g):t[n]=r*g}let n=e*4;_[n+0]=Math.round(t[0]),_[n+1]=Math.round(t[1]),_[n+2]=Math.round(t[2]),_[n+3]=Math.round(t[3])}a.width=p,a.height=f;let v=new ImageData(_,p,f);return d.putImageData(v,0,0),i}const bo={kernelName:ve,backendName:`cpu`,kernelFunc:yo};
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
function xo(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a,keepDims:o}=r;Y(i,`sum`);let s;s=i.dtype===`bool`?di({inputs:{x:i},backend:n,attrs:{dtype:`int32`}}):Jr({inputs:{x:i},backend:n});let c=s.shape.length,l=U(a,s.shape),u=J(l,c),d=l,f=s;u!=null&&(f=X({inputs:{x:s},backend:n,attrs:{perm:u}}),d=q(d.length,c)),or(`sum`,d,f.shape.length);let[p,m]=In(f.shape,d),h=ye(f.dtype,`int32`),g=Kr(n,p,h),_=K(m),v=n.data.get(g.dataId).values,y=n.data.get(f.dataId).values;for(let e=0;e<v.length;++e){let t=e*_,n=0;for(let e=0;e<_;++e)n+=y[t+e];v[e]=n}if(o){let e=ar(g.shape,l),t=g;g=$({inputs:{x:g},backend:n,attrs:{shape:e}}),n.disposeIntermediateTensorInfo(t)}return n.disposeIntermediateTensorInfo(s),u!=null&&n.disposeIntermediateTensorInfo(f),g}const So={kernelName:`Sum`,backendName:`cpu`,kernelFunc:xo};
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
function Co(e){let{inputs:t,backend:n,attrs:r}=e,{equation:i}=r,a=t,{allDims:o,summedDims:s,idDims:c}=Vn(i,a.length);ln(o.length,c,a);let{path:l,steps:u}=xn(s,c),d=u.length,f=null,p=o.length,m=[];for(let e=0;e<d;++e){for(let t of u[e]){let{permutationIndices:e,expandDims:r}=Sn(p,c[t]),i;wn(e)?i=a[t]:(i=X({inputs:{x:a[t]},backend:n,attrs:{perm:e}}),m.push(i));let o=i.shape.slice();for(let e=0;e<r.length;++e)o.splice(r[e],0,1);P(i.shape,o)||(i=$({inputs:{x:i},backend:n,attrs:{shape:o}}),m.push(i)),f===null?f=i:(f=wr({inputs:{a:i,b:f},backend:n}),m.push(f))}e<d-1&&(l[e]>=0&&(f=xo({inputs:{x:f},backend:n,attrs:{axis:l[e]-(o.length-p),keepDims:!1}}),m.push(f)),p--)}for(let e of m)e!==f&&n.disposeIntermediateTensorInfo(e);return f}const wo={kernelName:Ee,backendName:`cpu`,kernelFunc:Co};
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
function To(e){let{inputs:t,backend:n}=e,{dy:r,y:i}=t;Y([r,i],`eluGrad`);let a=new Float32Array(K(i.shape)),o=n.data.get(i.dataId).values,s=n.data.get(r.dataId).values;for(let e=0;e<o.length;++e){let t=o[e];t>=0?a[e]=s[e]:a[e]=s[e]*(t+1)}return n.makeTensorInfo(i.shape,`float32`,a)}const Eo={kernelName:w,backendName:`cpu`,kernelFunc:To},Do=vn,Oo=On,ko=An,Ao=hn,jo=yn,Mo=Qn,No={kernelName:`Erf`,backendName:`cpu`,kernelFunc:Q(`Erf`,e=>{
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let t=Math.sign(e),n=Math.abs(e),r=1/(1+Do*n);return t*(1-((((Mo*r+jo)*r+Ao)*r+ko)*r+Oo)*r*Math.exp(-n*n))})};
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
function Po(e){let{inputs:t,backend:n,attrs:r}=e,{input:i}=t,{dim:a}=r,o=i.shape.length,s=i.shape.slice(),c=a;return a<0&&(G(-(o+1)<=a,()=>`Axis must be in the interval [${-(o+1)}, ${o}]`),c=o+a+1),s.splice(c,0,1),$({inputs:{x:i},backend:n,attrs:{shape:s}})}const Fo={kernelName:Pt,backendName:`cpu`,kernelFunc:Po},Io=Tr((e,t)=>e/t),Lo=fr(Me,Io),Ro={kernelName:Me,backendName:`cpu`,kernelFunc:Lo}
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
function zo(e,t,n){let r=e.shape,i=r[0],a=r[1],o=n.data.get(e.dataId),s=o.complexTensorInfos.real,c=o.complexTensorInfos.imag,l=[i,a],u=K(l),d=W(`float32`,u),f=W(`float32`,u);for(let e=0;e<i;e++){let r=Fn({inputs:{x:s},backend:n,attrs:{begin:[e,0],size:[1,a]}}),i=Fn({inputs:{x:c},backend:n,attrs:{begin:[e,0],size:[1,a]}}),o=Z({inputs:{real:r,imag:i},backend:n}),{real:l,imag:u}=Bo(o,t,n),p=kn(l,u);for(let t=0;t<a;t++){let n=dn(p,t);d[e*a+t]=n.real,f[e*a+t]=n.imag}n.disposeIntermediateTensorInfo(r),n.disposeIntermediateTensorInfo(i),n.disposeIntermediateTensorInfo(o)}let p=n.makeTensorInfo(l,`float32`,d),m=n.makeTensorInfo(l,`float32`,f),h=Z({inputs:{real:p,imag:m},backend:n});return n.disposeIntermediateTensorInfo(p),n.disposeIntermediateTensorInfo(m),h}function Bo(e,t,n){let r=K(e.shape),i=n.data.get(e.dataId),a=n.data.get(i.complexTensorInfos.real.dataId).values,o=n.data.get(i.complexTensorInfos.imag.dataId).values;if(Vo(r)){let i=Ho(a,o,r,t,n),s=[e.shape[0],e.shape[1]];if(t){let e=n.makeTensorInfo(s,`float32`,i.real),t=n.makeTensorInfo(s,`float32`,i.imag),a=n.makeTensorInfo([],`float32`,ge(r,`float32`)),o=Jr({inputs:{x:a},backend:n}),c=Ro.kernelFunc({inputs:{a:e,b:a},backend:n}),l=Ro.kernelFunc({inputs:{a:t,b:o},backend:n}),u=n.data.get(c.dataId).values,d=n.data.get(l.dataId).values;return n.disposeIntermediateTensorInfo(e),n.disposeIntermediateTensorInfo(t),n.disposeIntermediateTensorInfo(a),n.disposeIntermediateTensorInfo(o),n.disposeIntermediateTensorInfo(c),n.disposeIntermediateTensorInfo(l),{real:u,imag:d}}return i}{let e=Uo(kn(a,o),r,t);return gn(e)}}function Vo(e){return!(e&e-1)}function Ho(e,t,n,r,i){if(n===1)return{real:e,imag:t};let a=kn(e,t),o=n/2,s=_n(a),c=s.real,l=s.imag,u=[c.length],d=i.makeTensorInfo(u,`float32`,c),f=i.makeTensorInfo(u,`float32`,l),p=Z({inputs:{real:d,imag:f},backend:i}),m=bn(a),h=m.real,g=m.imag,_=[h.length],v=i.makeTensorInfo(_,`float32`,h),y=i.makeTensorInfo(_,`float32`,g),b=Z({inputs:{real:v,imag:y},backend:i}),x=Ho(c,l,o,r,i),S=x.real,C=x.imag,w=[S.length],T=i.makeTensorInfo(w,`float32`,S),E=i.makeTensorInfo(w,`float32`,C),D=Z({inputs:{real:T,imag:E},backend:i}),O=Ho(h,g,o,r,i),k=O.real,A=O.imag,j=[k.length],M=i.makeTensorInfo(j,`float32`,k),N=i.makeTensorInfo(j,`float32`,A),P=Z({inputs:{real:M,imag:N},backend:i}),F=sr(n,r),I=[F.real.length],L=i.makeTensorInfo(I,`float32`,F.real),R=i.makeTensorInfo(I,`float32`,F.imag),z=Z({inputs:{real:L,imag:R},backend:i}),ee=wr({inputs:{a:z,b:P},backend:i}),B=Lr({inputs:{a:D,b:ee},backend:i}),V=ni({inputs:{a:D,b:ee},backend:i}),te=pr({inputs:{input:B},backend:i}),ne=pr({inputs:{input:V},backend:i}),re=Ma({inputs:{input:B},backend:i}),ie=Ma({inputs:{input:V},backend:i}),ae=Pa({inputs:[te,ne],backend:i,attrs:{axis:0}}),oe=Pa({inputs:[re,ie],backend:i,attrs:{axis:0}}),se=i.data.get(ae.dataId).values,ce=i.data.get(oe.dataId).values;return i.disposeIntermediateTensorInfo(d),i.disposeIntermediateTensorInfo(f),i.disposeIntermediateTensorInfo(p),i.disposeIntermediateTensorInfo(v),i.disposeIntermediateTensorInfo(y),i.disposeIntermediateTensorInfo(b),i.disposeIntermediateTensorInfo(T),i.disposeIntermediateTensorInfo(E),i.disposeIntermediateTensorInfo(D),i.disposeIntermediateTensorInfo(M),i.disposeIntermediateTensorInfo(N),i.disposeIntermediateTensorInfo(P),i.disposeIntermediateTensorInfo(L),i.disposeIntermediateTensorInfo(R),i.disposeIntermediateTensorInfo(z),i.disposeIntermediateTensorInfo(ee),i.disposeIntermediateTensorInfo(B),i.disposeIntermediateTensorInfo(V),i.disposeIntermediateTensorInfo(te),i.disposeIntermediateTensorInfo(re),i.disposeIntermediateTensorInfo(ne),i.disposeIntermediateTensorInfo(ie),i.disposeIntermediateTensorInfo(ae),i.disposeIntermediateTensorInfo(oe),{real:se,imag:ce}}function Uo(e,t,n){let r=new Float32Array(t*2);for(let i=0;i<t;i++){let a=0,o=0;for(let r=0;r<t;r++){let s=En(i*r,t,n),c=dn(e,r);a+=c.real*s.real-c.imag*s.imag,o+=c.real*s.imag+c.imag*s.real}n&&(a/=t,o/=t),mn(r,a,o,i)}return r}
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
function Wo(e){let{inputs:t,backend:n}=e,{input:r}=t,i=K(r.shape),a=r.shape[r.shape.length-1],o=i/a,s=$({inputs:{x:r},backend:n,attrs:{shape:[o,a]}}),c=zo(s,!1,n),l=$({inputs:{x:c},backend:n,attrs:{shape:r.shape}});return n.disposeIntermediateTensorInfo(s),n.disposeIntermediateTensorInfo(c),l}const Go={kernelName:`FFT`,backendName:`cpu`,kernelFunc:Wo};
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
function Ko(e){let{backend:t,attrs:n}=e,{shape:r,value:i,dtype:a}=n,o=a||Re(i),s=Bt(o,K(r));return Jo(s,i,o),t.makeTensorInfo(r,o,s)}const qo={kernelName:Ne,backendName:`cpu`,kernelFunc:Ko};function Jo(e,t,n){e.fill(t)}
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
const Yo={kernelName:Ae,backendName:`cpu`,kernelFunc:({inputs:e,attrs:t,backend:n})=>{let{image:r}=e,i=n,a=W(r.dtype,K(r.shape)),[o,s,c,l]=r.shape,u=i.data.get(r.dataId).values;for(let e=0;e<o;e++){let t=e*c*s*l;for(let e=0;e<s;e++){let n=c*l*e;for(let e=0;e<c;e++){let r=e*l;for(let i=0;i<l;i++){let o=Math.round(c-e-1),s=t+n+r+i,d=u[s];if(o>=0&&o<c){let e=o*l;d=u[t+n+e+i]}a[s]=d}}}}return{dataId:i.write(a,r.shape,r.dtype),shape:r.shape,dtype:r.dtype}}};
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
function Xo(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a,bias:o,preluActivationWeights:s}=t,{strides:c,pad:l,dataFormat:u,dilations:d,dimRoundingMode:f,activation:p,leakyreluAlpha:m}=r,h=Ia({inputs:{x:i,filter:a},backend:n,attrs:{strides:c,pad:l,dataFormat:u,dilations:d,dimRoundingMode:f}});if(o){let e=h;if(u===`NCHW`&&o.shape.length===1&&o.shape[0]!==1){let e=$({inputs:{x:o},backend:n,attrs:{shape:[o.shape[0],1,1]}});h=Lr({inputs:{a:h,b:e},backend:n}),n.disposeIntermediateTensorInfo(e)}else h=Lr({inputs:{a:h,b:o},backend:n});n.disposeIntermediateTensorInfo(e)}if(p){let e=h;if(u===`NCHW`&&p===`prelu`&&s.shape.length===1&&s.shape[0]!==1){let e=$({inputs:{x:s},backend:n,attrs:{shape:[s.shape[0],1,1]}});h=Mi(n,h,p,e,m),n.disposeIntermediateTensorInfo(e)}else h=Mi(n,h,p,s,m);n.disposeIntermediateTensorInfo(e)}return h}const Zo={kernelName:Vt,backendName:`cpu`,kernelFunc:Xo};
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
function Qo(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a,bias:o,preluActivationWeights:s}=t,{strides:c,pad:l,dataFormat:u,dilations:d,dimRoundingMode:f,activation:p,leakyreluAlpha:m}=r,h=so({inputs:{x:i,filter:a},backend:n,attrs:{strides:c,pad:l,dataFormat:u,dilations:d,dimRoundingMode:f}});if(o){let e=h;h=Lr({inputs:{a:h,b:o},backend:n}),n.disposeIntermediateTensorInfo(e)}if(p){let e=h;h=Mi(n,h,p,s,m),n.disposeIntermediateTensorInfo(e)}return h}const $o={kernelName:St,backendName:`cpu`,kernelFunc:Qo};
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
function es(e){let{inputs:t,backend:n}=e,{params:r,indices:i}=t,a=K(r.shape),o=i.shape,s=o[o.length-1],[c,l,u,d]=Pn(r,i);if(l===0)return n.makeTensorInfo(c,r.dtype,[]);let f=n.data.get(i.dataId).values,p=n.bufferSync(r),m=Vr(f,p,r.dtype,l,s,u,d,r.shape,a);return n.makeTensorInfo(c,r.dtype,m.values)}const ts={kernelName:Ft,backendName:`cpu`,kernelFunc:es};
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
function ns(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,indices:a}=t,{axis:o,batchDims:s}=r;Y([i,a],`gatherV2`);let c=U(o,i.shape)[0],l=n.data.get(a.dataId).values,u=i.shape[c];for(let e=0;e<l.length;++e){let t=l[e];G(t<=u-1&&t>=0,()=>`GatherV2: the index value ${t} is not in [0, ${u-1}]`)}let d=s;s??(d=0);let f=K(a.shape),p=qn(i,a,c,d),m=$({inputs:{x:i},backend:n,attrs:{shape:[p.batchSize,p.outerSize,p.dimSize,p.sliceSize]}}),h=$({inputs:{x:a},backend:n,attrs:{shape:[p.batchSize,f/p.batchSize]}}),g=[p.batchSize,p.outerSize,f/p.batchSize,p.sliceSize],_=n.bufferSync(h),v=n.bufferSync(m),y=cr(v,_,g);return n.disposeIntermediateTensorInfo(m),n.disposeIntermediateTensorInfo(h),n.makeTensorInfo(p.outputShape,y.dtype,y.values)}const rs={kernelName:ot,backendName:`cpu`,kernelFunc:ns};
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
function is(e){let{inputs:t,backend:n}=e,{input:r}=t,i=K(r.shape),a=r.shape[r.shape.length-1],o=i/a,s=$({inputs:{x:r},backend:n,attrs:{shape:[o,a]}}),c=zo(s,!0,n),l=$({inputs:{x:c},backend:n,attrs:{shape:r.shape}});return n.disposeIntermediateTensorInfo(s),n.disposeIntermediateTensorInfo(c),l}const as={kernelName:Rt,backendName:`cpu`,kernelFunc:is},os=Q(Gt,e=>+!!Number.isFinite(e),`bool`),ss={kernelName:Gt,backendName:`cpu`,kernelFunc:os},cs=Q(qe,e=>+(Math.abs(e)===1/0),`bool`),ls={kernelName:qe,backendName:`cpu`,kernelFunc:cs},us=Q(tt,e=>+!!Number.isNaN(e),`bool`),ds={kernelName:tt,backendName:`cpu`,kernelFunc:us}
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function fs(e){let{backend:t,attrs:n}=e,{start:r,stop:i,num:a}=n,o=jr(r,i,a);return t.makeTensorInfo([o.length],`float32`,o)}const ps={kernelName:Fe,backendName:`cpu`,kernelFunc:fs},ms=Q(Jt,e=>Math.log1p(e)),hs={kernelName:Jt,backendName:`cpu`,kernelFunc:ms},gs=Tr((e,t)=>e&&t),_s=fr(rn,gs,null,`bool`),vs={kernelName:rn,backendName:`cpu`,kernelFunc:_s},ys=Q(Ve,e=>+!e,`bool`),bs={kernelName:Ve,backendName:`cpu`,kernelFunc:ys},xs=Tr((e,t)=>e||t),Ss=fr(tn,xs,null,`bool`),Cs={kernelName:tn,backendName:`cpu`,kernelFunc:Ss}
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
* Copyright 2020 Google LLC. All Rights Reserved.
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
function ws(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{depthRadius:a,bias:o,alpha:s,beta:c}=r;Y(i,`LRN`);let l=i.shape[3],u=l-1,d=n.data.get(i.dataId).values,f=K(i.shape),p=new Float32Array(f);function m(e){let t=e%l,n=e-t+Math.max(0,t-a),r=e-t+Math.min(t+a,u),i=0;for(;n<=r;n++){let e=d[n];i+=e*e}return i}for(let e=0;e<f;e++){let t=m(e),n=d[e]*(o+s*t)**+-c;p[e]=n}return n.makeTensorInfo(i.shape,i.dtype,p)}const Ts={kernelName:`LRN`,backendName:`cpu`,kernelFunc:ws};
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
function Es(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,y:a,dy:o}=t,{depthRadius:s,bias:c,alpha:l,beta:u}=r;Y(o,`LRNGrad`);let d=K(o.shape),f=o.shape[3],p=n.data.get(o.dataId).values,m=n.data.get(i.dataId).values,h=n.data.get(a.dataId).values,g=new Float32Array(d),_=d;for(let e=0;e<_;e++){let t=e%f,n=e-t+Math.max(0,t-s),r=e-t+Math.min(f,t+s+1),i=0;for(let e=n;e<r;e++)i+=m[e]**2;i=l*i+c;for(let t=n;t<r;t++){let n=-2*l*u*m[t]*h[e]/i;e===t&&(n+=i**+-u),n*=p[e],g[t]+=n}}return n.makeTensorInfo(o.shape,i.dtype,g)}const Ds={kernelName:At,backendName:`cpu`,kernelFunc:Es};
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
function Os(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{reductionIndices:a,keepDims:o}=r,s=n,c=i.shape,l=c.length,u=U(a,c),d=u,f=J(d,l),p=s.data.get(i.dataId).values;if(f!=null){let e=Array(l);for(let t=0;t<e.length;t++)e[t]=c[f[t]];p=qr(p,c,i.dtype,f,e),d=q(d.length,l),c=e}Y(i,`max`),or(`max`,d,l);let[m,h]=In(c,d),g=K(h),_=Ar(p,g,m,i.dtype),v=s.write(_,m,i.dtype),y=m;return o&&(y=ar(m,u)),{dataId:v,shape:y,dtype:i.dtype}}const ks={kernelName:`Max`,backendName:`cpu`,kernelFunc:Os};
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
function As(e){let{inputs:t,backend:n,attrs:i}=e,{x:a}=t;Y(a,`maxPool`);let{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=i;G(Hn(s,1),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${s} and dilations '1'`);let u=Cn(a.shape,o,s,1,c,l),d;if(u.filterWidth===1&&u.filterHeight===1&&P(u.inShape,u.outShape))d=Jr({inputs:{x:a},backend:n});else{let e=n.data.get(a.dataId).values,t=r(a.shape),i=la(e,a.shape,a.dtype,t,u,`max`);d=n.makeTensorInfo(u.outShape,a.dtype,i.values)}return d}const js={kernelName:l,backendName:`cpu`,kernelFunc:As};
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
function Ms(e){let{inputs:t,backend:n,attrs:i}=e,{x:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l,dataFormat:u}=i;Y(a,`maxPool3d`);let d=Wn(a.shape,o,s,1,c,l,u),f=n.data.get(a.dataId).values,p=da(f,a.shape,a.dtype,r(a.shape),d,`max`);return n.makeTensorInfo(p.shape,`float32`,p.values)}const Ns={kernelName:Qt,backendName:`cpu`,kernelFunc:Ms};
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
function Ps(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r;Y([i,a],`maxPool3DGrad`);let u=Wn(a.shape,o,s,1,c,l),d=fa(n.bufferSync(a),u),f=u.strideDepth,p=u.strideHeight,m=u.strideWidth,h=u.dilationDepth,g=u.dilationHeight,_=u.dilationWidth,v=u.effectiveFilterDepth,y=u.effectiveFilterHeight,b=u.effectiveFilterWidth,x=v-1-u.padInfo.front,S=b-1-u.padInfo.left,C=y-1-u.padInfo.top,w=H(a.shape,`float32`),T=n.bufferSync(i);for(let e=0;e<u.batchSize;++e)for(let t=0;t<u.inChannels;++t)for(let n=0;n<u.inDepth;++n)for(let r=0;r<u.inHeight;++r)for(let i=0;i<u.inWidth;++i){let a=n-x,o=r-C,s=i-S,c=0;for(let n=0;n<v;n+=h){let r=(a+n)/f;if(!(r<0||r>=u.outDepth||Math.floor(r)!==r))for(let i=0;i<y;i+=g){let a=(o+i)/p;if(!(a<0||a>=u.outHeight||Math.floor(a)!==a))for(let o=0;o<b;o+=_){let l=(s+o)/m;if(l<0||l>=u.outWidth||Math.floor(l)!==l)continue;let f=+(v*y*b-1-d.get(e,r,a,l,t)===n*y*b+i*b+o);if(f===0)continue;let p=T.get(e,r,a,l,t);c+=p*f}}}w.set(c,e,n,r,i,t)}return n.makeTensorInfo(w.shape,w.dtype,w.values)}const Fs={kernelName:me,backendName:`cpu`,kernelFunc:Ps};
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
function Is(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a,output:o}=t,s=a;Y([a,o],`maxPoolGrad`);let{filterSize:c,strides:l,pad:u,dimRoundingMode:d}=r,f=Cn(s.shape,c,l,1,u,d),p=n.data.get(s.dataId).values,m=H(f.outShape,s.dtype,ua(p,s.shape,s.dtype,f).values),h=f.strideHeight,g=f.strideWidth,_=f.dilationHeight,v=f.dilationWidth,y=f.effectiveFilterHeight,b=f.effectiveFilterWidth,x=b-1-f.padInfo.left,S=y-1-f.padInfo.top,C=H(s.shape,`float32`),w=n.data.get(i.dataId).values,T=H(i.shape,`float32`,w);for(let e=0;e<f.batchSize;++e)for(let t=0;t<f.inChannels;++t)for(let n=0;n<f.inHeight;++n)for(let r=0;r<f.inWidth;++r){let i=n-S,a=r-x,o=0;for(let n=0;n<y;n+=_){let r=(i+n)/h;if(!(r<0||r>=f.outHeight||Math.floor(r)!==r))for(let i=0;i<b;i+=v){let s=(a+i)/g;if(s<0||s>=f.outWidth||Math.floor(s)!==s)continue;let c=+(y*b-1-m.get(e,r,s,t)===n*b+i);if(c===0)continue;let l=T.get(e,r,s,t);o+=l*c}}C.set(o,e,n,r,t)}return n.makeTensorInfo(C.shape,C.dtype,C.values)}const Ls={kernelName:h,backendName:`cpu`,kernelFunc:Is};
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
function Rs(e,t,n,i,a){let o=la(e,t,n,r(t),a,`max`),s=ua(e,t,n,a,!0,i);return[o.values,s.values]}
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
const zs={kernelName:f,backendName:`cpu`,kernelFunc:({inputs:e,attrs:t,backend:n})=>{let{x:r}=e,{filterSize:i,strides:a,pad:o,includeBatchInIndex:s}=t,c=n;Y(r,`MaxPoolWithArgmax`);let l=c.data.get(r.dataId).values,u=Cn(r.shape,i,a,[1,1],o),[d,f]=Rs(l,r.shape,r.dtype,s,u),p=c.write(d,u.outShape,r.dtype),m=c.write(f,u.outShape,r.dtype);return[{dataId:p,shape:u.outShape,dtype:r.dtype},{dataId:m,shape:u.outShape,dtype:`int32`}]}};
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
function Bs(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a,keepDims:o}=r,s=U(a,i.shape),c=In(i.shape,s)[1],l=K(c),u=[],d=n.makeTensorInfo([],`float32`,new Float32Array([l]));u.push(d);let f=di({inputs:{x:i},backend:n,attrs:{dtype:`float32`}});u.push(f);let p=Lo({inputs:{a:f,b:d},backend:n});u.push(p);let m=xo({inputs:{x:p},backend:n,attrs:{axis:a,keepDims:o}});return u.forEach(e=>n.disposeIntermediateTensorInfo(e)),m}const Vs={kernelName:ft,backendName:`cpu`,kernelFunc:Bs};
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
function Hs(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a,keepDims:o}=r;Y(i,`min`);let s=U(a,i.shape),c=s,l=J(c,i.shape.length),u=i;l!=null&&(u=X({inputs:{x:i},backend:n,attrs:{perm:l}}),c=q(c.length,i.shape.length)),or(`min`,c,u.shape.length);let[d,f]=In(u.shape,c),p=K(f),m=kt(K(d),u.dtype),h=n.data.get(u.dataId).values;for(let e=0;e<m.length;++e){let t=e*p,n=h[t];for(let e=0;e<p;++e){let r=h[t+e];(Number.isNaN(r)||r<n)&&(n=r)}m[e]=n}l!=null&&n.disposeIntermediateTensorInfo(u);let g=n.makeTensorInfo(d,u.dtype,m);if(o){let e=ar(d,s),t=$({inputs:{x:g},backend:n,attrs:{shape:e}});return n.disposeIntermediateTensorInfo(g),t}return g}const Us={kernelName:`Min`,backendName:`cpu`,kernelFunc:Hs};
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
function Ws(e){let{inputs:t,backend:n,attrs:i}=e,{x:a}=t,{paddings:o,mode:s}=i;Y(a,`mirrorPad`);let c=o.map((e,t)=>e[0]+a.shape[t]+e[1]),l=o.map(e=>e[0]),u=o.map((e,t)=>e[0]+a.shape[t]),d=s===`reflect`?0:1,f=n.data.get(a.dataId).values,p=a.shape.length,m=r(a.shape),h=K(c),g=c.length,_=r(c),v=W(a.dtype,h);for(let e=0;e<h;e++){let t=at(e,g,_);for(let e=0;e<g;e++)t[e]<l[e]?t[e]=l[e]*2-t[e]-d:t[e]>=u[e]&&(t[e]=(u[e]-1)*2-t[e]+d);t=t.map((e,t)=>e-l[t]);let n=Wt(t,p,m);v[e]=f[n]}return{dataId:n.write(v,c,a.dtype),shape:c,dtype:a.dtype}}const Gs={kernelName:lt,backendName:`cpu`,kernelFunc:Ws},Ks=Tr(((e,t)=>{
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
let n=e%t;return e<0&&t<0||e>=0&&t>=0?n:(n+t)%t})),qs={kernelName:`Mod`,backendName:`cpu`,kernelFunc:fr(`Mod`,Ks)};var Js=/* @__PURE__ */ e(vi());
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
function Ys(e){let{inputs:t,backend:n,attrs:r}=e,{logits:i}=t,{dim:a}=r,o=i.shape.length,s=a;if(s===-1&&(s=o-1),s!==o-1)throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${o} and dim was ${s}`);let c=U([s],i.shape),l=Os({inputs:{x:i},backend:n,attrs:{reductionIndices:c,keepDims:!1}}),u=ar(l.shape,c),d=$({inputs:{x:l},backend:n,attrs:{shape:u}}),f=ni({inputs:{a:i,b:d},backend:n}),p=ai({inputs:{x:f},backend:n}),m=xo({inputs:{x:p},backend:n,attrs:{axis:c,keepDims:!1}}),h=$({inputs:{x:m},backend:n,attrs:{shape:u}}),g=Lo({inputs:{a:p,b:h},backend:n});return n.disposeIntermediateTensorInfo(l),n.disposeIntermediateTensorInfo(d),n.disposeIntermediateTensorInfo(f),n.disposeIntermediateTensorInfo(p),n.disposeIntermediateTensorInfo(m),n.disposeIntermediateTensorInfo(h),g}const Xs={kernelName:rt,backendName:`cpu`,kernelFunc:Ys};
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
function Zs(e){let{inputs:t,backend:n,attrs:r}=e,{logits:i}=t,{numSamples:a,seed:o,normalized:s}=r;Y(i,`multinomial`);let c=s?i:Ys({inputs:{logits:i},backend:n,attrs:{dim:-1}}),l=c.shape[0],u=c.shape[1],d=n.data.get(c.dataId).values,f=[l,a],p=kt(K(f),`int32`);for(let e=0;e<l;++e){let t=e*u,n=new Float32Array(u-1);n[0]=d[t];for(let e=1;e<n.length;++e)n[e]=n[e-1]+d[t+e];let r=Js.alea(o.toString()),i=e*a;for(let e=0;e<a;++e){let t=r();p[i+e]=n.length;for(let r=0;r<n.length;r++)if(t<n[r]){p[i+e]=r;break}}}return s||n.disposeIntermediateTensorInfo(c),n.makeTensorInfo(f,`int32`,p)}const Qs={kernelName:L,backendName:`cpu`,kernelFunc:Zs},$s=yr
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
;function ec(e){let{inputs:t,backend:n,attrs:r}=e,{boxes:i,scores:a}=t,{maxOutputSize:o,iouThreshold:s,scoreThreshold:c}=r;Y(i,`NonMaxSuppression`);let l=n.data.get(i.dataId).values,u=n.data.get(a.dataId).values,{selectedIndices:d}=$s(l,u,o,s,c);return n.makeTensorInfo([d.length],`int32`,new Int32Array(d))}const tc={kernelName:ne,backendName:`cpu`,kernelFunc:ec},nc=Er
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
;function rc(e){let{inputs:t,backend:n,attrs:r}=e,{boxes:i,scores:a}=t,{maxOutputSize:o,iouThreshold:s,scoreThreshold:c,padToMaxOutputSize:l}=r;Y(i,`NonMaxSuppressionPadded`);let u=n.data.get(i.dataId).values,d=n.data.get(a.dataId).values,{selectedIndices:f,validOutputs:p}=nc(u,d,o,s,c,l);return[n.makeTensorInfo([f.length],`int32`,new Int32Array(f)),n.makeTensorInfo([],`int32`,new Int32Array([p]))]}const ic={kernelName:v,backendName:`cpu`,kernelFunc:rc},ac=gi
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
;function oc(e){let{inputs:t,backend:n,attrs:r}=e,{boxes:i,scores:a}=t,{maxOutputSize:o,iouThreshold:s,scoreThreshold:c,softNmsSigma:l}=r;Y(i,`NonMaxSuppressionWithScore`);let u=n.data.get(i.dataId).values,d=n.data.get(a.dataId).values,{selectedIndices:f,selectedScores:p}=ac(u,d,o,s,c,l);return[n.makeTensorInfo([f.length],`int32`,new Int32Array(f)),n.makeTensorInfo([p.length],`float32`,new Float32Array(p))]}const sc={kernelName:k,backendName:`cpu`,kernelFunc:oc};
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
function cc(e){let{inputs:t,backend:n,attrs:r}=e,{indices:i}=t,{dtype:a,depth:o,onValue:s,offValue:c}=r;Y(i,`oneHot`);let l=K(i.shape),u=new Float32Array(l*o);u.fill(c);let d=n.data.get(i.dataId).values;for(let e=0;e<l;++e)d[e]>=0&&d[e]<o&&(u[e*o+d[e]]=s);return n.makeTensorInfo([...i.shape,o],a,u)}const lc={kernelName:ce,backendName:`cpu`,kernelFunc:cc};
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
function uc(e){let{inputs:t,backend:n}=e,{x:r}=t;if(r.dtype===`string`)throw Error(`zerosLike is not supported for string tensors`);if(r.dtype===`complex64`){let e=pr({inputs:{input:r},backend:n}),t=uc({inputs:{x:e},backend:n}),i=Ma({inputs:{input:r},backend:n}),a=uc({inputs:{x:i},backend:n}),o=Z({inputs:{real:t,imag:a},backend:n});return n.disposeIntermediateTensorInfo(e),n.disposeIntermediateTensorInfo(t),n.disposeIntermediateTensorInfo(i),n.disposeIntermediateTensorInfo(a),o}return Ko({backend:n,attrs:{shape:r.shape,value:0,dtype:r.dtype}})}const dc={kernelName:_e,backendName:`cpu`,kernelFunc:uc};
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
function fc(e){let{inputs:t,backend:n}=e,{x:r}=t;if(r.dtype===`string`)throw Error(`onesLike is not supported for string tensors`);if(r.dtype===`complex64`){let e=pr({inputs:{input:r},backend:n}),t=fc({inputs:{x:e},backend:n}),i=Ma({inputs:{input:r},backend:n}),a=uc({inputs:{x:i},backend:n}),o=Z({inputs:{real:t,imag:a},backend:n});return n.disposeIntermediateTensorInfo(e),n.disposeIntermediateTensorInfo(t),n.disposeIntermediateTensorInfo(i),n.disposeIntermediateTensorInfo(a),o}return Ko({backend:n,attrs:{shape:r.shape,value:1,dtype:r.dtype}})}const pc={kernelName:on,backendName:`cpu`,kernelFunc:fc};
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
function mc(e){let{inputs:t,backend:n,attrs:r}=e,{axis:i}=r;if(t.length===1)return Po({inputs:{input:t[0]},backend:n,attrs:{dim:i}});let a=t[0].shape,o=t[0].dtype;t.forEach(e=>{ke(a,e.shape,`All tensors passed to stack must have matching shapes`),G(o===e.dtype,()=>`All tensors passed to stack must have matching dtypes`)});let s=[],c=Pa({inputs:t.map(e=>{let t=Po({inputs:{input:e},backend:n,attrs:{dim:i}});return s.push(t),t}),backend:n,attrs:{axis:i}});return s.forEach(e=>n.disposeIntermediateTensorInfo(e)),c}const hc={kernelName:o,backendName:`cpu`,kernelFunc:mc};
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
function gc(e){let{inputs:t,backend:n,attrs:i}=e,{x:a}=t,{paddings:o,constantValue:s}=i;Y(a,`pad`);let c=o.map((e,t)=>e[0]+a.shape[t]+e[1]),l=o.map(e=>e[0]),u=n.data.get(a.dataId).values,d=K(a.shape),f=a.shape.length,p=r(a.shape),m=K(c),h=c.length,g=r(c),_=W(a.dtype,m);s!==0&&_.fill(s);for(let e=0;e<d;e++){let t=at(e,f,p).map((e,t)=>e+l[t]),n=Wt(t,h,g);_[n]=u[e]}return{dataId:n.write(_,c,a.dtype),shape:c,dtype:a.dtype}}const _c={kernelName:be,backendName:`cpu`,kernelFunc:gc},vc=Tr((e,t)=>e**+t),yc={kernelName:`Pow`,backendName:`cpu`,kernelFunc:fr(`Pow`,vc)}
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
function bc(e){let{inputs:t,backend:n,attrs:r}=e,{paramsNestedSplits:i,paramsDenseValues:a,indices:o}=t,{outputRaggedRank:s}=r,c=i.map(e=>n.data.get(e.dataId).values),l=i.map(e=>e.shape),u=n.data.get(a.dataId).values,d=n.data.get(o.dataId).values,[f,p,m]=ui(c,l,u,a.shape,a.dtype,d,o.shape,s),h=f.map(e=>n.makeTensorInfo([e.length],`int32`,e)),g=n.makeTensorInfo(m,a.dtype,p);return h.concat([g])}const xc={kernelName:we,backendName:`cpu`,kernelFunc:bc};
/**
* @license
* Copyright 2022 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function Sc(e){let{inputs:t,backend:n}=e,{starts:r,limits:i,deltas:a}=t,o=n.data.get(r.dataId).values,s=n.data.get(i.dataId).values,c=n.data.get(a.dataId).values,[l,u]=dr(o,r.shape,r.dtype,s,i.shape,c,a.shape);return[n.makeTensorInfo([l.length],`int32`,l),n.makeTensorInfo([u.length],r.dtype,u)]}const Cc={kernelName:S,backendName:`cpu`,kernelFunc:Sc};
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
function wc(e){let{inputs:t,backend:n,attrs:r}=e,{shape:i,values:a,defaultValue:o,rowPartitionTensors:s}=t,{rowPartitionTypes:c}=r,l=n.data.get(i.dataId).values,u=n.data.get(a.dataId).values,d=n.data.get(o.dataId).values,f=s.map(e=>n.data.get(e.dataId).values),p=s.map(e=>e.shape),[m,h]=Dr(l,i.shape,u,a.shape,a.dtype,d,o.shape,f,p,c);return n.makeTensorInfo(m,a.dtype,h)}const Tc={kernelName:N,backendName:`cpu`,kernelFunc:wc};
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
function Ec(e){let{backend:t,attrs:n}=e,{start:r,stop:i,dtype:a,step:o}=n,s=Ln(r,i,o,a);return t.makeTensorInfo([s.length],a,s)}const Dc={kernelName:Nt,backendName:`cpu`,kernelFunc:Ec},Oc=Q(Oe,e=>1/e),kc={kernelName:Oe,backendName:`cpu`,kernelFunc:Oc}
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function Ac(e){let{inputs:t,backend:n,attrs:i}=e,{images:a}=t,{alignCorners:o,halfPixelCenters:s,size:c}=i;Y(a,`resizeBilinear`);let l=r(a.shape),[u,d]=c,[f,p,m,h]=a.shape,g=n.data.get(a.dataId).values,_=new Float32Array(K([f,u,d,h])),v=[o&&u>1?p-1:p,o&&d>1?m-1:m],y=[o&&u>1?u-1:u,o&&d>1?d-1:d],b=0,x=v[0]/y[0],S=v[1]/y[1];for(let e=0;e<f;e++)for(let t=0;t<u;t++){let n;n=s?x*(t+.5)-.5:x*t;let r=Math.max(0,Math.floor(n)),i=n-r,a=Math.min(p-1,Math.ceil(n)),o=e*l[0]+r*l[1],c=e*l[0]+a*l[1];for(let e=0;e<d;e++){let t;t=s?S*(e+.5)-.5:S*e;let n=Math.max(0,Math.floor(t)),r=t-n,a=Math.min(m-1,Math.ceil(t)),u=o+n*l[2],d=c+n*l[2],f=o+a*l[2],p=c+a*l[2];for(let e=0;e<h;e++){let t=g[u+e],n=g[d+e],a=g[f+e],o=g[p+e],s=t+(a-t)*r,c=s+(n+(o-n)*r-s)*i;_[b++]=c}}}return n.makeTensorInfo([f,u,d,h],`float32`,_)}const jc={kernelName:Qe,backendName:`cpu`,kernelFunc:Ac};
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
function Mc(e){let{inputs:t,backend:n,attrs:i}=e,{images:a,dy:o}=t,{alignCorners:s}=i;Y([o,a],`resizeBilinearGrad`);let c=r(a.shape),[l,u,d,f]=a.shape,[,p,m]=o.shape,h=new Float32Array(l*u*d*f),g=[s&&p>1?u-1:u,s&&m>1?d-1:d],_=[s&&p>1?p-1:p,s&&m>1?m-1:m],v=g[0]/_[0],y=g[1]/_[1],b=n.data.get(o.dataId).values,x=0;for(let e=0;e<l;e++){let t=e*c[0];for(let e=0;e<p;e++){let n=e*v,r=Math.floor(n),i=Math.min(Math.ceil(n),u-1),a=t+r*c[1],o=t+i*c[1],s=n-r,l=1-s;for(let e=0;e<m;e++){let t=e*y,n=Math.floor(t),r=Math.min(Math.ceil(t),d-1),i=t-n,u=1-i,p=a+n*c[2],m=a+r*c[2],g=o+n*c[2],_=o+r*c[2],v=l*u,S=l*i,C=s*u,w=s*i;for(let e=0;e<f;e++){let t=b[x++];h[p+e]+=t*v,h[m+e]+=t*S,h[g+e]+=t*C,h[_+e]+=t*w}}}}return n.makeTensorInfo([l,d,u,f],`float32`,h)}const Nc={kernelName:Ht,backendName:`cpu`,kernelFunc:Mc};
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
function Pc(e){let{inputs:t,backend:n,attrs:i}=e,{images:a}=t,{alignCorners:o,halfPixelCenters:s,size:c}=i;Y(a,`resizeNearestNeighbor`);let l=r(a.shape),[u,d]=c,[f,p,m,h]=a.shape,g=n.data.get(a.dataId).values,_=new Float32Array(f*u*d*h),v=[o&&u>1?p-1:p,o&&d>1?m-1:m],y=[o&&u>1?u-1:u,o&&d>1?d-1:d],b=v[0]/y[0],x=v[1]/y[1],S=0;for(let e=0;e<f;e++){let t=e*l[0];for(let e=0;e<u;e++){let n=s?b*(e+.5):b*e,r=Math.min(p-1,o?Math.round(n):Math.floor(n));s&&(r=Math.max(0,r));let i=t+r*l[1];for(let e=0;e<d;e++){let t=s?x*(e+.5):x*e,n=Math.min(m-1,o?Math.round(t):Math.floor(t));s&&(n=Math.max(0,n));let r=i+n*l[2];for(let e=0;e<h;e++){let t=g[r+e];_[S++]=t}}}}return n.makeTensorInfo([f,u,d,h],a.dtype,_)}const Fc={kernelName:Ct,backendName:`cpu`,kernelFunc:Pc};
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
function Ic(e){let{inputs:t,backend:n,attrs:i}=e,{images:a,dy:o}=t,{alignCorners:s}=i;Y([o,a],`resizeNearestNeighborGrad`);let c=r(a.shape),l=r(o.shape),[u,d,f,p]=a.shape,[,m,h]=o.shape,g=new Float32Array(u*d*f*p),_=n.data.get(o.dataId).values,v=[s&&m>1?d-1:d,s&&h>1?f-1:f],y=[s&&m>1?m-1:m,s&&h>1?h-1:h],b=v[0]/y[0],x=v[1]/y[1],S=1/b,C=1/x,w=Math.ceil(S)*2+2,T=Math.ceil(C)*2+2;for(let e=0;e<u;e++){let t=e*c[0];for(let e=0;e<d;e++){let n=t+e*c[1],r=Math.floor(e*S),i=Math.floor(r-w/2);for(let r=0;r<f;r++){let a=n+r*c[2],o=Math.floor(r*C),u=Math.floor(o-T/2);for(let n=0;n<p;n++){let o=0;for(let a=0;a<w;a++){let c=a+i;if(c<0||c>=m)continue;let p=t+c*l[1],g=c*b,v=Math.min(d-1,s?Math.round(g):Math.floor(g));if(e===v)for(let e=0;e<T;e++){let t=e+u;if(t<0||t>=h)continue;let i=p+t*l[2],a=t*x,c=Math.min(f-1,s?Math.round(a):Math.floor(a));r===c&&(o+=_[i+n])}}g[a+n]=o}}}}return n.makeTensorInfo(a.shape,a.dtype,g)}const Lc={kernelName:It,backendName:`cpu`,kernelFunc:Ic};
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
function Rc(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{dims:a}=r;Y(i,`reverse`);let o=i.shape.length,s=U(a,i.shape);if(o===0)return Jr({inputs:{x:i},backend:n});let c=new T(i.shape,i.dtype),l=n.bufferSync(i);for(let e=0;e<c.size;e++){let t=c.indexToLoc(e),n=t.slice();s.forEach(e=>n[e]=i.shape[e]-1-n[e]),c.set(l.get(...n),...t)}return n.makeTensorInfo(c.shape,c.dtype,c.values)}const zc={kernelName:st,backendName:`cpu`,kernelFunc:Rc},Bc={kernelName:ze,backendName:`cpu`,kernelFunc:({inputs:e,attrs:t,backend:n})=>{
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
let{image:r}=e,{radians:i,fillValue:a,center:o}=t,s=n,c=W(r.dtype,K(r.shape)),[l,u,d,f]=r.shape,[p,m]=Yn(o,u,d),h=Math.sin(i),g=Math.cos(i),_=s.data.get(r.dataId).values;for(let e=0;e<l;e++){let t=e*d*u*f;for(let e=0;e<u;e++){let n=d*f*e;for(let r=0;r<d;r++){let i=r*f;for(let o=0;o<f;o++){let s=[l,e,r,o],v=s[2],y=s[1],b=(v-p)*g-(y-m)*h,x=(v-p)*h+(y-m)*g;b=Math.round(b+p),x=Math.round(x+m);let S=a;if(typeof a!=`number`&&(S=o===3?255:a[o]),b>=0&&b<d&&x>=0&&x<u){let e=d*f*x,n=b*f;S=_[t+e+n+o]}let C=t+n+i+o;c[C]=S}}}}return{dataId:s.write(c,r.shape,r.dtype),shape:r.shape,dtype:r.dtype}}},Vc=Q(Et,e=>{
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let t=Math.floor(e);return e-t<.5?Math.floor(e):e-t>.5?Math.ceil(e):t%2==0?t:t+1}),Hc={kernelName:Et,backendName:`cpu`,kernelFunc:Vc};
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
function Uc(e){let{inputs:t,backend:n,attrs:r}=e,{indices:i,updates:a}=t,{shape:o}=r,{sliceRank:s,numUpdates:c,sliceSize:l,strides:u,outputSize:d}=rr(a,i,o),f=n.bufferSync(i),p=n.bufferSync(a),m=pi(f,p,o,d,l,c,s,u,0,!0);return n.makeTensorInfo(o,m.dtype,m.values)}const Wc={kernelName:We,backendName:`cpu`,kernelFunc:Uc};
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
function Gc(e,t){let n=0,r=e.length,i=0;for(;n<r;)i=Math.floor((n+r)/2),e[i]<t?n=i+1:r=i;return r}function Kc(e,t){let n=0,r=e.length,i=0;for(;n<r;)i=Math.floor((n+r)/2),e[i]<=t?n=i+1:r=i;return r}function qc(e,t,n,r,i,a){let o=Bt(`int32`,n*i);for(let s=0;s<n;++s){let n=e.slice(s*r,(s+1)*r),c=s*i;for(let e=0;e<i;++e)o[c+e]=a===`left`?Gc(n,t[e+c]):Kc(n,t[e+c])}return o}
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
function Jc(e){let{inputs:t,backend:n,attrs:r}=e,{sortedSequence:i,values:a}=t,{side:o}=r,s=n.data.get(i.dataId).values,c=n.data.get(a.dataId).values,l=qc(s,c,i.shape[0],i.shape[1],a.shape[1],o);return n.makeTensorInfo(a.shape,`int32`,l)}const Yc={kernelName:_t,backendName:`cpu`,kernelFunc:Jc};
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
function Xc(e){let{inputs:t,backend:n}=e,{condition:r,t:i,e:a}=t;Y([r,i,a],`select`);let o=r.shape.length,s=n.data.get(r.dataId).values,c=n.data.get(i.dataId).values,l=n.data.get(a.dataId).values,u=ye(i.dtype,a.dtype),d=kt(K(i.shape),u),f=0,p=o===0||o>1||i.shape.length===1?1:K(i.shape.slice(1));for(let e=0;e<s.length;e++)for(let t=0;t<p;t++)s[e]===1?d[f++]=c[e]:d[f++]=l[e];return n.makeTensorInfo(i.shape,u,d)}const Zc={kernelName:Kt,backendName:`cpu`,kernelFunc:Xc},Qc=jn,$c=Mn,el=Q(Je,e=>e>=0?$c*e:Qc*(Math.exp(e)-1)),tl={kernelName:Je,backendName:`cpu`,kernelFunc:el},nl=Q(jt,e=>e<0?-1:+(e>0)),rl={kernelName:jt,backendName:`cpu`,kernelFunc:nl},il={kernelName:`Sin`,backendName:`cpu`,kernelFunc:Q(`Sin`,e=>Math.sin(e))},al=Q(bt,e=>Math.sinh(e)),ol={kernelName:bt,backendName:`cpu`,kernelFunc:al},sl=Math.log(1.1920928955078125e-7)+2,cl=Q(Ie,e=>{
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
let t=e>-sl,n=e<sl,r=Math.exp(e),i;return i=n?r:t?e:Math.log(1+r),i}),ll={kernelName:Ie,backendName:`cpu`,kernelFunc:cl};
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
function ul(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{blockShape:a,paddings:o}=r;Y([i],`spaceToBatchND`);let s=K(a),c=[[0,0]];c.push(...o);for(let e=1+a.length;e<i.shape.length;++e)c.push([0,0]);let l=_c.kernelFunc({inputs:{x:i},backend:n,attrs:{paddings:c,constantValue:0}}),u=Tn(l.shape,a,s,!1),d=Nn(u.length,a.length,!1),f=cn(l.shape,a,s,!1),p=$({inputs:{x:l},backend:n,attrs:{shape:u}}),m=X({inputs:{x:p},backend:n,attrs:{perm:d}}),h=$({inputs:{x:m},backend:n,attrs:{shape:f}});return n.disposeIntermediateTensorInfo(l),n.disposeIntermediateTensorInfo(p),n.disposeIntermediateTensorInfo(m),h}const dl={kernelName:Yt,backendName:`cpu`,kernelFunc:ul};
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
function fl(e){let{inputs:t,backend:n}=e,{indices:r,values:i,denseShape:a,defaultValue:o}=t;if(a.shape.length!==1)throw Error(`Dense shape must be a vector, saw:
        ${a.shape}`);if(r.shape.length!==2)throw Error(`Indices must be a matrix, saw:
        ${r.shape}`);if(i.shape.length!==1)throw Error(`Values must be a vector, saw:
        ${i.shape}`);if(o.shape.length!==0)throw Error(`Default value must be a scalar, saw:
        ${o.shape}`);let s=n.data.get(r.dataId).values,c=n.data.get(i.dataId).values,l=n.data.get(a.dataId).values,u=n.data.get(o.dataId).values[0],[d,f,p,m,h]=Wr(s,r.shape,r.dtype,c,i.dtype,l,u);return[n.makeTensorInfo(f,r.dtype,d),n.makeTensorInfo([f[0]],i.dtype,p),n.makeTensorInfo([m.length],`bool`,new Uint8Array(m.map(e=>Number(e)))),n.makeTensorInfo([h.length],r.dtype,new Int32Array(h))]}const pl={kernelName:an,backendName:`cpu`,kernelFunc:fl};
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
function ml(e){let{inputs:t,backend:n}=e,{inputIndices:r,inputShape:i,newShape:a}=t;if(r.shape.length!==2)throw Error(`Input indices should be a matrix but received shape
        ${r.shape}`);if(i.shape.length!==1)throw Error(`Input shape should be a vector but received shape
        ${i.shape}`);if(a.shape.length!==1)throw Error(`Target shape should be a vector but received shape ${a.shape}`);let o=Array.from(n.data.get(i.dataId).values),s=n.data.get(r.dataId).values,c=Array.from(n.data.get(a.dataId).values),[l,u,d]=Xr(s,r.shape,r.dtype,o,c);return[n.makeTensorInfo(u,r.dtype,l),n.makeTensorInfo([d.length],a.dtype,new Int32Array(d))]}const hl={kernelName:He,backendName:`cpu`,kernelFunc:ml};
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
function gl(e){let{inputs:t,backend:n}=e,{data:r,indices:i,segmentIds:a}=t;if(r.shape.length<1)throw Error(`Data should be at least 1 dimensional but received scalar`);if(i.shape.length!==1)throw Error(`Indices should be a vector but received shape
          ${i.shape}`);if(a.shape.length!==1)throw Error(`Segment ids should be a vector but received shape
          ${a.shape}`);if(i.shape[0]!==a.shape[0])throw Error(`segmentIds and indices should have same size.`);let o=n.data.get(r.dataId).values,s=n.data.get(i.dataId).values,c=n.data.get(a.dataId).values,[l,u]=$r(o,r.shape,r.dtype,s,c,!0);return n.makeTensorInfo(u,r.dtype,l)}const _l={kernelName:nn,backendName:`cpu`,kernelFunc:gl};
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
function vl(e){let{inputs:t,backend:n}=e,{data:r,indices:i,segmentIds:a}=t;if(r.shape.length<1)throw Error(`Data should be at least 1 dimensional but received scalar`);if(i.shape.length!==1)throw Error(`Indices should be a vector but received shape
         ${i.shape}`);if(a.shape.length!==1)throw Error(`Segment ids should be a vector but received shape
         ${a.shape}`);if(i.shape[0]!==a.shape[0])throw Error(`segmentIds and indices should have same size.`);let o=n.data.get(r.dataId).values,s=n.data.get(i.dataId).values,c=n.data.get(a.dataId).values,[l,u]=$r(o,r.shape,r.dtype,s,c);return n.makeTensorInfo(u,r.dtype,l)}const yl={kernelName:de,backendName:`cpu`,kernelFunc:vl};
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
function bl(e){let{inputs:t,backend:n,attrs:r}=e,{sparseIndices:i,sparseValues:a,defaultValue:o}=t,{outputShape:s}=r,{sliceRank:c,numUpdates:l,sliceSize:u,strides:d,outputSize:f}=rr(a,i,s),p=n.bufferSync(i),m;switch(a.dtype){case`bool`:{let e=n.bufferSync(a),t=!!n.data.get(o.dataId).values[0];m=pi(p,e,s,f,u,l,c,d,t,!1);break}case`float32`:{let e=n.bufferSync(a),t=n.data.get(o.dataId).values[0];m=pi(p,e,s,f,u,l,c,d,t,!1);break}case`int32`:{let e=n.bufferSync(a),t=n.data.get(o.dataId).values[0];m=pi(p,e,s,f,u,l,c,d,t,!1);break}case`string`:{let e=n.bufferSync(a),t=Ce(n.data.get(o.dataId).values[0]);m=pi(p,e,s,f,u,l,c,d,t,!1);break}default:throw Error(`Unsupported type ${a.dtype}`)}return n.makeTensorInfo(s,m.dtype,m.values)}const xl={kernelName:u,backendName:`cpu`,kernelFunc:bl};
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
function Sl(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{numOrSizeSplits:a,axis:o}=r,s=U(o,i.shape)[0],c=Un(i,a,s),l=Array(i.shape.length).fill(0),u=i.shape.slice();return c.map(e=>{let t=[...u];t[s]=e;let r=Fn({inputs:{x:i},backend:n,attrs:{begin:l,size:t}});return l[s]+=e,r})}const Cl={kernelName:$t,backendName:`cpu`,kernelFunc:Sl},wl={kernelName:g,backendName:`cpu`,kernelFunc:({inputs:e,backend:t})=>{
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
let{x:n}=e,r=t;Y(n,`square`);let i=r.data.get(n.dataId).values,a=new Float32Array(i.length);for(let e=0;e<i.length;++e){let t=i[e];a[e]=t*t}return{dataId:r.write(a,n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}},Tl=Q(pt,(e,t)=>isNaN(e)?NaN:e>0?1:t.alpha),El={kernelName:pt,backendName:`cpu`,kernelFunc:Tl}
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function Dl(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{begin:a,end:o,strides:s,beginMask:c,endMask:l,ellipsisMask:u,newAxisMask:d,shrinkAxisMask:f}=r;Y(i,`stridedSlice`);let{finalShapeSparse:p,finalShape:m,isIdentity:h,sliceDim0:g,isSimpleSlice:_,begin:v,end:y,strides:b}=zn(i.shape,a,o,s,c,l,u,d,f),x;if(h)x=$({inputs:{x:i},backend:n,attrs:{shape:m}});else if(g||_){G(i.shape.length>=1,()=>`Input must have rank at least 1, got: ${i.shape.length}`);let e=Zn(v,y,b),t=Fn({inputs:{x:i},backend:n,attrs:{begin:v,size:e}});x=$({inputs:{x:t},backend:n,attrs:{shape:m}}),n.disposeIntermediateTensorInfo(t)}else{let e=n.bufferSync(i),t=Qr(p,e,b,v);x=n.makeTensorInfo(m,t.dtype,t.values)}return x}const Ol={kernelName:i,backendName:`cpu`,kernelFunc:Dl};
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
function kl(e){let{inputs:t,backend:n,attrs:r}=e,{separator:i,nGramWidths:a,leftPad:o,rightPad:s,padWidth:c,preserveShortSequences:l}=r,{data:u,dataSplits:d}=t,f=n.data.get(u.dataId).values,p=n.data.get(d.dataId).values,[m,h]=Bn(f,p,i,a,o,s,c,l);return[n.makeTensorInfo([m.length],`string`,m),n.makeTensorInfo(d.shape,`int32`,h)]}const Al={kernelName:ut,backendName:`cpu`,kernelFunc:kl};
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
function jl(e){let{inputs:t,backend:n,attrs:r}=e,{skipEmpty:i}=r,{input:a,delimiter:o}=t;if(a.dtype!==`string`)throw Error(`Input must be of datatype string`);if(a.shape.length!==1)throw Error(`Input must be a vector, got shape: ${a.shape}`);if(o.shape.length!==0)throw Error(`Delimiter must be a scalar, got shape: ${o.shape}`);let s=n.data.get(a.dataId).values,c=n.data.get(o.dataId).values[0],[l,u,d]=$n(s,c,i),f=u.length;return[n.makeTensorInfo([f,2],`int32`,l),n.makeTensorInfo([f],`string`,u),n.makeTensorInfo([2],`int32`,new Int32Array(d))]}const Ml={kernelName:R,backendName:`cpu`,kernelFunc:jl};
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
function Nl(e){let{inputs:t,backend:n,attrs:r}=e,{numBuckets:i}=r,{input:a}=t;if(a.dtype!==`string`)throw Error(`Input must be of datatype string`);if(i<=0)throw Error(`Number of buckets must be at least 1`);let o=n.data.get(a.dataId).values,s=Jn(o,i);return n.makeTensorInfo(a.shape,`int32`,s)}const Pl={kernelName:ee,backendName:`cpu`,kernelFunc:Nl},Fl={kernelName:`Tan`,backendName:`cpu`,kernelFunc:Q(`Tan`,e=>Math.tan(e))},Il=Q(re,e=>Math.tanh(e)),Ll={kernelName:re,backendName:`cpu`,kernelFunc:Il}
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function Rl(e){let{inputs:t,backend:n}=e,{tensor:r,indices:i,updates:a}=t,{sliceRank:o,numUpdates:s,sliceSize:c,strides:l,outputSize:u}=rr(a,i,r.shape),d=n.bufferSync(i),f=n.bufferSync(a),p=n.bufferSync(r),m=pi(d,f,r.shape,u,c,s,o,l,p,!1);return n.makeTensorInfo(r.shape,m.dtype,m.values)}const zl={kernelName:y,backendName:`cpu`,kernelFunc:Rl};
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
function Bl(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{reps:a}=r;Y(i,`tile`);let o=Zr(n.bufferSync(i),a);return n.makeTensorInfo(o.shape,o.dtype,o.values)}const Vl={kernelName:A,backendName:`cpu`,kernelFunc:Bl};
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
function Hl(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{k:a,sorted:o}=r;Y(i,`topk`);let s=n.data.get(i.dataId).values,[c,l]=oi(s,i.shape,i.dtype,a,o);return[n.makeTensorInfo(c.shape,c.dtype,c.values),n.makeTensorInfo(l.shape,l.dtype,l.values)]}const Ul={kernelName:F,backendName:`cpu`,kernelFunc:Hl};
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
function Wl(e){let{inputs:t,attrs:n,backend:i}=e,{image:a,transforms:o}=t,{interpolation:s,fillMode:c,fillValue:l,outputShape:u}=n,[d,f,p,m]=a.shape,[h,g]=u??[f,p],_=[d,h,g,m],v=r(a.shape),y=v[0],b=v[1],x=v[2],S=r(_),C=S[0],w=S[1],T=S[2],E=W(a.dtype,K(_));E.fill(l);let D=i.data.get(a.dataId).values,O=i.data.get(o.dataId).values;for(let e=0;e<d;++e){let t=o.shape[0]===1?O:O.subarray(e*8,e*8+8);for(let n=0;n<h;++n)for(let r=0;r<g;++r)for(let i=0;i<m;++i){let a,o=t[6]*r+t[7]*n+1;if(o===0)continue;let u=(t[0]*r+t[1]*n+t[2])/o,d=(t[3]*r+t[4]*n+t[5])/o,m=Kl(u,p,c),h=Kl(d,f,c);switch(s){case`nearest`:a=Ql(D,f,p,y,b,x,e,h,m,i,l);break;case`bilinear`:a=$l(D,f,p,y,b,x,e,h,m,i,l);break;default:throw Error(`Error in Transform: Expect 'nearest' or 'bilinear', but got ${s}`)}let g=e*C+n*w+r*T+i;E[g]=a}return i.makeTensorInfo(_,a.dtype,E)}return{dataId:i.write(E,_,a.dtype),shape:a.shape,dtype:a.dtype}}const Gl={kernelName:le,backendName:`cpu`,kernelFunc:Wl};function Kl(e,t,n){switch(n){case`reflect`:return ql(e,t);case`wrap`:return Jl(e,t);case`nearest`:return Xl(e,t);default:return Yl(e,t)}}function ql(e,t){let n=e;if(n<0){if(t<=1)n=0;else{let e=2*t;n<e&&(n=e*Math.trunc(-n/e)+n),n=n<-t?n+e:-n-1}}else if(n>t-1){if(t<=1)n=0;else{let e=2*t;n-=e*Math.trunc(n/e),n>=t&&(n=e-n-1)}}return se(0,n,t-1)}function Jl(e,t){let n=e;if(n<0){if(t<=1)n=0;else{let e=t-1;n+=t*(Math.trunc(-n/e)+1)}}else if(n>t-1){if(t<=1)n=0;else{let e=t-1;n-=t*Math.trunc(n/e)}}return se(0,n,t-1)}function Yl(e,t){return e}function Xl(e,t){return se(0,e,t-1)}function Zl(e,t,n,r,i,a,o,s,c,l,u){let d=o*r+s*i+c*a+l;return 0<=s&&s<t&&0<=c&&c<n?e[d]:u}function Ql(e,t,n,r,i,a,o,s,c,l,u){return Zl(e,t,n,r,i,a,o,Math.round(s),Math.round(c),l,u)}function $l(e,t,n,r,i,a,o,s,c,l,u){let d=Math.floor(s),f=Math.floor(c),p=d+1,m=f+1,h=(m-c)*Zl(e,t,n,r,i,a,o,d,f,l,u)+(c-f)*Zl(e,t,n,r,i,a,o,d,m,l,u),g=(m-c)*Zl(e,t,n,r,i,a,o,p,f,l,u)+(c-f)*Zl(e,t,n,r,i,a,o,p,m,l,u);return(p-s)*h+(s-d)*g}
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
function eu(e){let{inputs:t,attrs:n,backend:r}=e,{axis:i}=n,{x:a}=t;Y(a,`unique`);let o=r.data.get(a.dataId).values,{outputValues:s,outputShape:c,indices:l}=er(o,i,a.shape,a.dtype);return[r.makeTensorInfo(c,a.dtype,s),r.makeTensorInfo([l.length],`int32`,l)]}const tu={kernelName:s,backendName:`cpu`,kernelFunc:eu};
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
function nu(e){let{inputs:t,backend:n,attrs:r}=e,{value:i}=t,{axis:a}=r;a<0&&(a+=i.shape.length);let o=i.shape.length,s=i.shape[a],c=Array(o-1),l=0;for(let e=0;e<o;e++)e!==a&&(c[l++]=i.shape[e]);let u=Array(o).fill(0),d=i.shape.slice();d[a]=1;let f=Array(s);for(let e=0;e<f.length;e++){u[a]=e;let t=Fn({inputs:{x:i},backend:n,attrs:{begin:u,size:d}});f[e]=$({inputs:{x:t},backend:n,attrs:{shape:c}}),n.disposeIntermediateTensorInfo(t)}return f}const ru={kernelName:xe,backendName:`cpu`,kernelFunc:nu};
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
function iu(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,segmentIds:a}=t,{numSegments:o}=r;Y(i,`unsortedSegmentSum`);let s=i.shape.length,c=a.shape.length,l=[],u=[],d=s-c,f=a;for(let e=0;e<d;++e){let t=Po({inputs:{input:f},backend:n,attrs:{dim:e+1}});f=t,u.push(t)}for(let e=0;e<o;++e){let t=ge(e,`int32`),r=n.makeTensorInfo([],`int32`,t),a=ci({inputs:{a:r,b:f},backend:n}),o=di({inputs:{x:a},backend:n,attrs:{dtype:`float32`}}),s=wr({inputs:{a:o,b:i},backend:n}),c=xo({inputs:{x:s},backend:n,attrs:{axis:0,keepDims:!1}});l.push(c),u.push(r),u.push(a),u.push(o),u.push(s),u.push(c)}let p=mc({inputs:l,backend:n,attrs:{axis:0}});return u.forEach(e=>n.disposeIntermediateTensorInfo(e)),p}
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
const au=[Li,hr,zi,Vi,fi,Ui,Gi,qi,Yi,Zi,$i,ta,ra,oa,ca,ma,ga,va,ba,Fi,Sa,wa,Ea,Ur,Oa,kr,ei,Aa,xr,ja,Fa,La,za,Va,Ua,Ga,qa,Ja,Xa,Qa,eo,no,io,oo,co,uo,po,ho,go,_o,vo,bo,wo,Si,Eo,Br,No,Rr,Fo,Fr,Go,qo,Yo,ri,si,Zo,$o,ts,rs,Nr,Mr,ur,as,Na,ss,ls,ds,wi,ti,gr,ps,_r,hs,vs,bs,Cs,Ts,Ds,ks,hi,js,Ns,Fs,Ls,zs,Vs,Us,vr,Gs,qs,Qs,mr,br,tc,ic,sc,lr,lc,pc,hc,_c,yc,Di,Or,xc,Cc,Tc,Dc,Cr,Ro,kc,ki,ji,Ni,jc,Nc,Fc,Lc,zc,Bc,Hc,Ir,Wc,Yc,Zc,tl,Pr,rl,il,ol,Xn,Xs,ll,dl,pl,hl,_l,yl,xl,Cl,zr,wl,Yr,ii,El,Ol,Al,Ml,Pl,Gr,So,Fl,Ll,zl,Vl,Ul,Gl,Sr,tu,ru,{kernelName:D,backendName:`cpu`,kernelFunc:iu},dc];for(let e of au)De(e);
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
