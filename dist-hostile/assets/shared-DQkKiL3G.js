import{n as e}from"./rolldown-runtime-XKyaHtl9.js";import{$ as t,B as n,C as r,E as i,Et as a,I as o,It as s,J as c,K as l,N as u,Q as d,R as f,S as p,St as m,U as h,V as g,W as _,X as v,_t as y,a as b,c as x,et as S,f as C,ft as w,h as T,it as E,j as D,k as O,lt as k,m as A,mt as j,n as M,nt as N,o as P,ot as F,p as I,t as L,u as R,v as z,vt as B,w as V,x as H,y as U,yt as W}from"./TopK_impl-BOo6vLtQ.js";import{c as G,i as K,l as q,n as J,r as Y,s as X,t as Z}from"./Unique_impl-DqctnqwY.js";var Q=/* @__PURE__ */ e({addImpl:()=>m,bincountImpl:()=>B,bincountReduceImpl:()=>W,bitwiseAndImpl:()=>y,castImpl:()=>a,ceilImpl:()=>j,concatImpl:()=>q,equalImpl:()=>w,expImpl:()=>k,expm1Impl:()=>F,floorDivImpl:()=>N,floorImpl:()=>E,gatherNdImpl:()=>S,gatherV2Impl:()=>t,greaterEqualImpl:()=>v,greaterImpl:()=>d,lessEqualImpl:()=>l,lessImpl:()=>c,linSpaceImpl:()=>_,logImpl:()=>h,maxImpl:()=>g,maximumImpl:()=>n,minimumImpl:()=>f,multiplyImpl:()=>o,negImpl:()=>u,notEqualImpl:()=>D,prodImpl:()=>i,raggedGatherImpl:()=>V,raggedRangeImpl:()=>r,raggedTensorToTensorImpl:()=>p,rangeImpl:()=>G,rsqrtImpl:()=>H,scatterImpl:()=>U,sigmoidImpl:()=>z,simpleAbsImpl:()=>s,sliceImpl:()=>X,sparseFillEmptyRowsImpl:()=>T,sparseReshapeImpl:()=>A,sparseSegmentReductionImpl:()=>I,sqrtImpl:()=>C,squaredDifferenceImpl:()=>R,staticRegexReplaceImpl:()=>x,stridedSliceImpl:()=>P,stringNGramsImpl:()=>K,stringSplitImpl:()=>Y,stringToHashBucketFastImpl:()=>J,subImpl:()=>b,tileImpl:()=>M,topKImpl:()=>L,transposeImpl:()=>O,uniqueImpl:()=>Z});
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
export{Q as t};