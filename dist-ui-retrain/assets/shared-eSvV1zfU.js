import{n as e,r as t}from"./rolldown-runtime-BWaJ3C7D.js";import{$t as n,A as r,At as i,B as a,C as o,Ct as s,E as c,Et as l,F as u,Ft as d,Gt as f,Ht as p,I as m,It as h,J as g,Kt as _,L as v,M as y,Mn as b,Mt as x,Nn as S,Nt as C,Ot as w,P as T,Q as E,Qt as D,R as O,Rt as k,S as A,T as j,Tt as M,U as N,V as P,Vt as F,Xt as I,Y as L,Yt as R,Z as z,_ as B,_n as V,_t as H,a as U,an as W,at as G,b as K,bt as q,c as J,ct as Y,d as X,dn as Z,dt as Q,et as $,ft as ee,g as te,gn as ne,gt as re,ht as ie,i as ae,in as oe,it as se,j as ce,jt as le,k as ue,kt as de,l as fe,m as pe,n as me,on as he,p as ge,pt as _e,q as ve,r as ye,rn as be,sn as xe,st as Se,t as Ce,tt as we,u as Te,un as Ee,ut as De,vt as Oe,w as ke,x as Ae,xt as je,y as Me,z as Ne,zt as Pe}from"./TopK_impl-CNDRmqgb.js";import{a as Fe,c as Ie,f as Le,g as Re,h as ze,i as Be,l as Ve,m as He,n as Ue,o as We,p as Ge,r as Ke,s as qe,t as Je}from"./Unique_impl-DrZEPa8T.js";var Ye=/* @__PURE__ */ t({addImpl:()=>Ee,bincountImpl:()=>W,bincountReduceImpl:()=>he,bitwiseAndImpl:()=>be,castImpl:()=>ne,ceilImpl:()=>D,concatImpl:()=>ze,equalImpl:()=>R,expImpl:()=>f,expm1Impl:()=>F,floorDivImpl:()=>d,floorImpl:()=>k,gatherNdImpl:()=>x,gatherV2Impl:()=>i,greaterEqualImpl:()=>M,greaterImpl:()=>w,lessEqualImpl:()=>q,lessImpl:()=>s,linSpaceImpl:()=>H,logImpl:()=>ie,maxImpl:()=>ee,maximumImpl:()=>De,minimumImpl:()=>Se,multiplyImpl:()=>se,negImpl:()=>$,notEqualImpl:()=>z,prodImpl:()=>N,raggedGatherImpl:()=>a,raggedRangeImpl:()=>O,raggedTensorToTensorImpl:()=>m,rangeImpl:()=>He,rsqrtImpl:()=>T,scatterImpl:()=>ce,sigmoidImpl:()=>ue,simpleAbsImpl:()=>S,sliceImpl:()=>Le,sparseFillEmptyRowsImpl:()=>j,sparseReshapeImpl:()=>o,sparseSegmentReductionImpl:()=>Ae,sqrtImpl:()=>Me,squaredDifferenceImpl:()=>te,staticRegexReplaceImpl:()=>ge,stridedSliceImpl:()=>Te,stringNGramsImpl:()=>Ie,stringSplitImpl:()=>We,stringToHashBucketFastImpl:()=>Be,subImpl:()=>J,tileImpl:()=>ae,topKImpl:()=>me,transposeImpl:()=>g,uniqueImpl:()=>Ue}),Xe=e((()=>{b(),Z(),xe(),oe(),V(),n(),Re(),I(),_(),p(),Pe(),h(),C(),le(),de(),l(),je(),Oe(),re(),_e(),Q(),Y(),G(),we(),E(),L(),P(),Ne(),v(),u(),Ge(),y(),r(),c(),Ve(),ke(),A(),K(),B(),pe(),X(),fe(),qe(),Fe(),Ke(),U(),ye(),Ce(),ve(),Je()}));
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
export{Ye as n,Xe as t};