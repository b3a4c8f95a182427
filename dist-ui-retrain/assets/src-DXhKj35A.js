import{i as e,n as t,r as n,t as r}from"./rolldown-runtime-BWaJ3C7D.js";import{$c as i,$f as a,$i as o,$l as s,$m as c,$o as l,$p as u,$r as d,$s as f,Aa as p,Ad as m,Af as h,Al as g,Am as _,An as v,Ao as y,Ap as b,Au as x,Ba as S,Bd as C,Bf as w,Bm as T,Bn as E,Bo as D,Bp as O,Br as k,Bs as A,Cc as j,Cd as ee,Cf as M,Ci as N,Cl as P,Cm as te,Co as ne,Cp as F,Cr as I,Ct as L,Cu as re,Da as ie,Dc as ae,Dd as oe,Df as se,Di as ce,Dl as le,Dm as ue,Do as de,Dp as fe,Dr as R,Du as pe,Ea as me,Ec as he,Ed as ge,Ef as _e,El as ve,Em as ye,En as z,Eo as B,Ep as be,Es as xe,Et as Se,Eu as Ce,Fa as we,Fc as Te,Ff as Ee,Fh as De,Fi as Oe,Fl as ke,Fm as Ae,Fn as je,Fo as Me,Fp as Ne,Fr as Pe,Fs as Fe,Ft as Ie,Fu as Le,Ga as Re,Gc as ze,Gd as Be,Gf as Ve,Gi as He,Gm as Ue,Gn as V,Go as We,Gp as Ge,Gr as Ke,Gs as qe,Gu as Je,Ha as H,Hf as Ye,Hl as Xe,Hm as Ze,Hn as Qe,Hp as $e,Hs as U,Hu as et,Ia as tt,If as nt,Ii as rt,Il as it,Im as at,Io as ot,Ip as st,Ir as ct,Ja as lt,Jc as ut,Jd as dt,Jf as ft,Jm as pt,Jp as mt,Jr as ht,Jt as gt,Ju as _t,Ka as vt,Kc as yt,Kd as bt,Kf as xt,Km as St,Kn as Ct,Ko as wt,Kp as Tt,Kt as Et,Ku as Dt,Lc as Ot,Ld as kt,Lf as At,Li as jt,Ll as Mt,Lm as Nt,Ln as Pt,Lo as Ft,Lp as W,Lr as It,Ls as Lt,Lu as Rt,Ma as zt,Mc as Bt,Mf as Vt,Mi as Ht,Ml as G,Mm as Ut,Mn as Wt,Mo as Gt,Mp as Kt,Ms as qt,Mu as Jt,Na as Yt,Nc as Xt,Nf as Zt,Ni as Qt,Nm as $t,Nn as en,Np as tn,Nr as nn,Ns as rn,Oa as an,Oc as on,Od as sn,Of as cn,Om as ln,Oo as un,Op as dn,Os as fn,Ou as pn,Pa as mn,Pc as hn,Pf as gn,Ph as _n,Pi as vn,Pl as yn,Pm as bn,Po as xn,Pp as Sn,Pt as Cn,Pu as wn,Qa as Tn,Qf as En,Qo as Dn,Qp as On,Qt as kn,Qu as An,Ra as jn,Rf as Mn,Rl as Nn,Rm as Pn,Rp as Fn,Rr as In,Rt as Ln,Sa as Rn,Sc as zn,Sd as Bn,Sf as Vn,Sm as Hn,So as Un,Sp as Wn,Ss as Gn,St as Kn,Tc as qn,Td as Jn,Tf as Yn,Ti as Xn,Tl as Zn,Tm as Qn,Tp as $n,Tr as er,Ts as tr,Tu as nr,Ua as rr,Uc as ir,Ud as ar,Uf as or,Ui as sr,Ul as K,Um as cr,Uo as lr,Up as ur,Ur as dr,Us as fr,Ut as pr,Uu as mr,Vc as hr,Vf as gr,Vi as _r,Vl as vr,Vm as yr,Vo as br,Vp as xr,Vr as Sr,Vs as Cr,Vt as wr,Wa as Tr,Wc as Er,Wd as Dr,Wf as Or,Wl as q,Wm as kr,Wn as Ar,Wp as jr,Wr as Mr,Ws as Nr,Wt as Pr,Wu as Fr,Xa as Ir,Xd as Lr,Xf as Rr,Xm as zr,Xn as Br,Xo as Vr,Xp as Hr,Xr as Ur,Xt as Wr,Xu as Gr,Yc as Kr,Yd as qr,Yf as Jr,Yi as Yr,Ym as Xr,Yo as Zr,Yp as Qr,Yu as $r,Zc as ei,Zd as ti,Zf as ni,Zi as ri,Zm as ii,Zo as ai,Zp as oi,Zu as si,_a as ci,_d as li,_f as ui,_i as di,_l as fi,_m as pi,_o as mi,_p as hi,_r as gi,_u as _i,ac as vi,ad as yi,af as bi,ai as xi,al as Si,am as Ci,ap as wi,ar as Ti,as as Ei,au as Di,ba as Oi,bf as ki,bm as Ai,bn as ji,bo as Mi,bp as Ni,bs as Pi,bt as Fi,ca as Ii,cc as Li,cd as Ri,cf as zi,cm as Bi,cn as Vi,co as Hi,cp as Ui,cr as Wi,cs as Gi,da as Ki,dd as qi,df as Ji,di as Yi,dl as Xi,dm as Zi,dn as Qi,dp as $i,dr as ea,ds as ta,du as na,ed as ra,ef as ia,eh as aa,em as oa,en as sa,eo as ca,ep as la,er as ua,es as da,fa,fc as pa,fd as ma,ff as ha,fm as ga,fn as _a,fo as va,fp as ya,fr as ba,fs as xa,fu as Sa,ga as Ca,gc as wa,gd as Ta,gf as Ea,gi as Da,gm as Oa,gn as ka,go as Aa,gp as ja,gs as Ma,gu as Na,ha as Pa,hc as Fa,hf as Ia,hi as La,hl as Ra,hm as za,hn as Ba,ho as Va,hp as Ha,hs as Ua,hu as Wa,i as Ga,ia as Ka,ic as qa,id as Ja,if as Ya,ih as Xa,im as Za,in as Qa,io as $a,ip as eo,ir as to,jc as no,jd as J,jf as ro,ji as io,jm as ao,jp as oo,jr as so,js as co,ju as lo,kc as uo,kd as fo,kf as po,ki as mo,km as ho,kp as go,kr as _o,ks as vo,ku as yo,lc as bo,ld as xo,lf as So,li as Co,ll as wo,lm as To,ln as Y,lo as Eo,lp as Do,lu as Oo,ma as ko,mc as Ao,md as jo,mf as Mo,mm as No,mn as Po,mo as Fo,mp as Io,mr as Lo,ms as Ro,mu as zo,nd as Bo,nf as Vo,nm as Ho,nn as Uo,no as Wo,np as Go,nr as Ko,nu as qo,oa as Jo,od as Yo,of as Xo,om as Zo,oo as Qo,op as $o,or as es,pa as ts,pc as ns,pf as rs,pi as is,pl as as,pm as os,pn as ss,pp as cs,ps as ls,pu as us,qa as ds,qc as fs,qf as ps,qi as ms,qm as hs,qn as gs,qo as _s,qp as vs,qr as ys,qu as bs,r as xs,rc as Ss,rd as Cs,rf as ws,ri as Ts,rl as Es,rm as Ds,ro as Os,rp as ks,rr as As,rs as js,ru as Ms,sc as Ns,sd as Ps,sf as Fs,si as Is,sl as Ls,sm as Rs,sn as zs,sp as Bs,sr as Vs,ss as Hs,su as Us,t as Ws,ta as Gs,tc as Ks,td as qs,tf as Js,th as Ys,ti as Xs,tl as Zs,tm as Qs,to as $s,tp as ec,ts as tc,tu as nc,ua as rc,uc as ic,uf as ac,ul as oc,um as sc,un as cc,uo as lc,up as uc,ur as dc,us as fc,uu as pc,va as mc,vc as hc,vf as gc,vi as _c,vm as vc,vn as yc,vo as bc,vp as xc,vs as Sc,wa as Cc,wf as wc,wl as Tc,wm as Ec,wo as Dc,wp as Oc,ws as kc,xc as Ac,xf as jc,xi as Mc,xl as Nc,xm as Pc,xn as Fc,xo as Ic,xp as Lc,xr as Rc,xs as zc,xu as Bc,yf as Vc,yi as Hc,yl as Uc,ym as Wc,yn as Gc,yo as Kc,yp as qc,yr as Jc,yu as Yc,zc as Xc,zf as Zc,zi as Qc,zl as $c,zm as el,zo as tl,zp as nl,zr as rl,zs as il,zu as al}from"./dist-BziI5Umx.js";import{t as ol}from"./dist-YIPXDRED.js";var sl=/* @__PURE__ */ r((e=>{
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
Object.defineProperty(e,"__esModule",{value:!0}),e.DATA_TYPES=e.BASE_CONFIG=void 0,e.BASE_CONFIG={tableMaxRow:10,tableMaxColInConsole:10,dtypeTestLim:20,lowMemoryMode:!1},e.DATA_TYPES=[`float32`,`int32`,`string`,`boolean`,`datetime`,`undefined`]})),cl=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)};Object.defineProperty(e,"__esModule",{value:!0}),e.default=function(){function e(e){var t=r({tableDisplayConfig:{},tableMaxRow:10,tableMaxColInConsole:10,dtypeTestLim:500,lowMemoryMode:!1},e),n=t.tableDisplayConfig,i=t.tableMaxRow,a=t.tableMaxColInConsole,o=t.dtypeTestLim,s=t.lowMemoryMode;this.tableDisplayConfig=n,this.tableMaxRow=i,this.tableMaxColInConsole=a,this.dtypeTestLim=o,this.lowMemoryMode=s}return e.prototype.setTableDisplayConfig=function(e){this.tableDisplayConfig=e},Object.defineProperty(e.prototype,"getTableDisplayConfig",{get:function(){return this.tableDisplayConfig},enumerable:!1,configurable:!0}),e.prototype.setTableMaxColInConsole=function(e){this.tableMaxColInConsole=e},Object.defineProperty(e.prototype,"getTableMaxColInConsole",{get:function(){return this.tableMaxColInConsole},enumerable:!1,configurable:!0}),e.prototype.setMaxRow=function(e){this.tableMaxRow=e},Object.defineProperty(e.prototype,"getMaxRow",{get:function(){return this.tableMaxRow},enumerable:!1,configurable:!0}),Object.defineProperty(e.prototype,"getDtypeTestLim",{get:function(){return this.dtypeTestLim},enumerable:!1,configurable:!0}),e.prototype.setDtypeTestLim=function(e){this.dtypeTestLim=e},Object.defineProperty(e.prototype,"isLowMemoryMode",{get:function(){return this.lowMemoryMode},enumerable:!1,configurable:!0}),e.prototype.setIsLowMemoryMode=function(e){this.lowMemoryMode=e},e}()})),ll=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=sl();e.default=new(function(){function e(){this.throwColumnNamesLengthError=function(e,t){var n=`ParamError: Column names length mismatch. You provided a column of length `+t.length+` but Ndframe columns has length of `+e.shape[1];throw Error(n)},this.throwIndexLengthError=function(e,t){var n=`IndexError: You provided an index of length `+t.length+` but Ndframe rows has length of `+e.shape[0];throw Error(n)},this.throwIndexDuplicateError=function(){throw Error(`IndexError: Row index must contain unique values`)},this.throwColumnDuplicateError=function(){throw Error(`ColumnIndexError: Column index must contain unique values`)},this.throwDtypesLengthError=function(e,t){var n=`DtypeError: You provided a dtype array of length `+t.length+` but Ndframe columns has length of `+e.shape[1];throw Error(n)},this.throwDtypeNotSupportedError=function(e){var n=`DtypeError: Dtype "`+e+`" not supported. dtype must be one of "`+t.DATA_TYPES+`"`;throw Error(n)},this.throwDtypeWithoutColumnError=function(){throw Error(`DtypeError: columns parameter must be provided when dtypes parameter is provided`)},this.throwColumnLengthError=function(e,t){var n=`ParamError: Column data length mismatch. You provided data with length `+t+` but Ndframe has column of length `+e.shape[0];throw Error(n)},this.throwRowLengthError=function(e,t){var n=`ParamError: Row data length mismatch. You provided data with length `+t+` but Ndframe has row of length `+e.shape[0];throw Error(n)},this.throwColumnNotFoundError=function(e){var t=`ParamError: Column not found!. Column name must be one of `+e.columns;throw Error(t)},this.throwNotImplementedError=function(){throw Error(`Method not implemented`)},this.throwIlocRowIndexError=function(){throw Error(`ParamError: rows parameter must be a Array. For example: rows: [1,2] or rows: ["0:10"]`)},this.throwIlocColumnsIndexError=function(){throw Error(`ParamError: columns parameter must be a Array. For example: columns: [1,2] or columns: ["0:10"]`)},this.throwStringDtypeOperationError=function(e){var t=`DtypeError: String data type does not support `+e+` operation`;throw Error(t)},this.throwSeriesMathOpLengthError=function(e,t){var n=`ParamError: Row length mismatch. Length of other (`+t.shape[0]+`), must be the same as Ndframe (`+e.shape[0]+`)`;throw Error(n)}}return e}())})),X=/* @__PURE__ */ r(((e,t,n)=>{
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__spreadArray||function(e,t,n){if(n||arguments.length===2)for(var r=0,i=t.length,a;r<i;r++)(a||!(r in t))&&(a||=Array.prototype.slice.call(t,0,r),a[r]=t[r]);return e.concat(a||Array.prototype.slice.call(t))},a=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0});var o=sl(),s=a(cl()),c=_p(),l=_p(),u=a(ll()),d=new s.default(o.BASE_CONFIG);e.default=function(){function e(){}return e.prototype.removeElementFromArray=function(e,t){return e.filter(function(e,n){return n!=t})},e.prototype.isString=function(e){return typeof e==`string`},e.prototype.isNumber=function(e){return typeof e==`number`&&isFinite(e)},e.prototype.isObject=function(e){return e&&typeof e==`object`&&e.constructor&&e.constructor.name===`Object`},e.prototype.isNull=function(e){return e===null},e.prototype.isUndefined=function(e){return e===void 0},e.prototype.isEmpty=function(e){return e==null||typeof e!=`bigint`&&typeof e==`number`&&isNaN(e)},e.prototype.isDate=function(e){return e instanceof Date},e.prototype.range=function(e,t){if(t<e)throw Error(`ParamError: end must be greater than start`);if(e===t)return[e];for(var n=[],r=e;r<=t;r++)n.push(r);return n},e.prototype.keyInObject=function(e,t){return Object.prototype.hasOwnProperty.call(e,t)},e.prototype.transposeArray=function(e){if(e.length===0)return e;var t=e.length;if(Array.isArray(e[0])){for(var n=e[0].length,r=[],i=0;i<=n-1;i++){for(var a=[],o=0;o<t;o++){var s=e[o][i];a.push(s)}r.push(a)}return r}return e},e.prototype.getRowAndColValues=function(e){var t=Object.keys(e),n=Object.values(e),r=n[0].length;return n.forEach(function(e){if(e.length!=r)throw Error(`Length Error: Length of columns must be the same!`)}),[this.transposeArray(n),t]},e.prototype.convert2DArrayToSeriesArray=function(e){var t=this;return e.map(function(e){return t.isObject(e)?JSON.stringify(e):``+e})},e.prototype.replaceUndefinedWithNaN=function(e,t){if(e.length===0)return e;if(t&&Array.isArray(e)){var n=e.map(function(e){return e===void 0||typeof e==`number`&&(isNaN(e)||e==1/0)||e==null?NaN:e});return n}var n=[];if(Array.isArray(e))for(var r=0;r<e.length;r++){var i=e[r].map(function(e){return e===void 0||typeof e==`number`&&(isNaN(e)||e==1/0)||e==null?NaN:e});n.push(i)}return n},e.prototype.inferDtype=function(e){var t=this;return this.is1DArray(e)?[this.$typeChecker(e)]:this.transposeArray(e.slice(0,d.getDtypeTestLim)).map(function(e){return t.$typeChecker(e)})},e.prototype.$typeChecker=function(e){var t,n,r=[],i=[],a=[],o=[],s=[];n=e.length<d.getDtypeTestLim?e.length:d.getDtypeTestLim;for(var c=e.slice(0,n),l=0;l<n;l++){var u=c[l];typeof u==`boolean`?(i.push(!1),r.push(!1),a.push(!1),o.push(!0),s.push(!1)):this.isEmpty(u)?(i.push(!0),r.push(!1),a.push(!1),o.push(!1),s.push(!1)):this.isDate(u)?(i.push(!1),r.push(!1),a.push(!1),o.push(!1),s.push(!0)):isNaN(Number(u))?(i.push(!1),r.push(!1),a.push(!0),o.push(!1),s.push(!1)):u.toString().includes(`.`)?(i.push(!0),r.push(!1),a.push(!1),o.push(!1),s.push(!1)):(i.push(!1),r.push(!0),a.push(!1),o.push(!1),s.push(!1))}var f=function(e){return e==1};return t=a.some(f)?`string`:i.some(f)?`float32`:r.some(f)?`int32`:o.some(f)?`boolean`:s.some(f)?`datetime`:`undefined`,t},e.prototype.unique=function(e){var t=new Set(e);return Array.from(t)},e.prototype.is1DArray=function(e){return typeof e[0]==`number`||typeof e[0]==`string`||typeof e[0]==`boolean`||e[0]===null},e.prototype.convertArrayToObject=function(e){for(var t={},n=0;n<e.length;n++)t[n]=e[n];return t},e.prototype.countNaNs=function(e,t,n){if(t===void 0&&(t=!0),n){for(var r=0,i=0,a=0;a<e.length;a++){var o=e[a];Number.isNaN(o)?r+=1:i+=1}return t?i:r}for(var s=[],a=0;a<e.length;a++){for(var c=e[a],r=0,i=0,l=0;l<c.length;l++){var o=c[l];Number.isNaN(o)?r+=1:i+=1}t?s.push(i):s.push(r)}return s},e.prototype.round=function(e,t,n){if(t===void 0&&(t=1),t<0&&(t=1),n){for(var r=[],i=0;i<e.length;i++){var a=e[i];typeof a==`number`&&!isNaN(a)&&a!=null?r.push(Number(a.toFixed(t))):r.push(a)}return r}for(var o=[],i=0;i<e.length;i++){var s=e[i],r=[];if(Array.isArray(s)){for(var c=0;c<s.length;c++){var a=s[c];typeof a==`number`&&!isNaN(a)&&a!=null?r.push(Number(a.toFixed(t))):r.push(a)}o.push(r)}else typeof s==`number`&&!isNaN(s)&&s!=null?r.push(Number(s.toFixed(t))):r.push(s)}return o},e.prototype.isFunction=function(e){return typeof e==`function`},e.prototype.randNumberGenerator=function(e,t,n){var r=[];function i(e,t){return Math.floor(Math.random()*(t-e)+e)}function a(n,r){if(!r.includes(n))return n;n=i(e,t),a(n,r)}for(var o=0;o<n;o++){var s=a(i(e,t),r);r.push(s)}return r},e.prototype.throwErrorOnWrongParams=function(e,t){for(var n=Object.keys(e),r=[],i=0;i<n.length;i++)t.includes(n[i])?r.push(!0):r.push(!1);if(r.some(function(e){return e==0}))throw Error(`Params Error: Required parameter not found. Your params must include the following [`+t+`]`)},e.prototype.mapIntegersToBooleans=function(e,t){if(t==2){var n=[];return e.map(function(e){var t=[];e.map(function(e){return t.push(e==1)}),n.push(t)}),n}var r=[];return e.map(function(e){return r.push(e==1)}),r},e.prototype.mapBooleansToIntegers=function(e,t){if(t==2){var n=[];return e.map(function(e){var t=[];e.map(function(e){return t.push(+!!e)}),n.push(t)}),n}var r=[];return e.map(function(e){return r.push(+!!e)}),r},e.prototype.zeros=function(e,t){for(var n=[],r=0;r<e;r++){for(var i=Array(t),a=0;a<t;a++)i[a]=0;n.push(i)}return n},e.prototype.shuffle=function(e,t){for(var n=e.length,r=0,i;n--;)r=Math.floor(Math.random()*(n+1)),i=e[n],e[n]=e[r],e[r]=i;return e.slice(0,t)},e.prototype.sort=function(e,t){return t===void 0&&(t=!0),i([],e,!0).sort(function(e,n){return t?typeof e==`string`&&typeof n==`string`?e.charCodeAt(0)-n.charCodeAt(0):e-n:typeof e==`string`&&typeof n==`string`?n.charCodeAt(0)-e.charCodeAt(0):n-e})},e.prototype.isBrowserEnv=function(){return Function(`try {return this===window;}catch(e){ return false;}`)()},e.prototype.isNodeEnv=function(){return Function(`try {return this===global;}catch(e){return false;}`)()},e.prototype.removeMissingValuesFromArray=function(e){var t=this;return e.filter(function(e){return!t.isEmpty(e)})},e.prototype.replaceNanWithNull=function(e){return e.map(function(e){return isNaN(e)?null:e})},e.prototype.getDuplicate=function(e){for(var t={},n={},r=0;r<e.length;r++){var i=e[r];this.keyInObject(t,i)?(t[i].count+=1,t[i].index.push(r)):(t[i]={},t[i].count=1,t[i].index=[r])}for(var a in t)t[a].count>=2&&(n[a]={},n[a].count=t[a].count,n[a].index=t[a].index);return n},e.prototype.sortArrayByIndex=function(e,t,n){var r=e.map(function(e,n){return[t[n],e]});return n==`string`?r.sort():r.sort(function(e,t){var n=e[0];return t[0]-n}),r.map(function(e){return e[1]})},e.prototype.createNdframeFromNewDataWithOldProps=function(e){var t=e.ndFrame,n=e.newData;return e.isSeries?new c.Series(n,{index:i([],t.index,!0),columns:i([],t.columns,!0),dtypes:i([],t.dtypes,!0),config:r({},t.config)}):new l.DataFrame(n,{index:i([],t.index,!0),columns:i([],t.columns,!0),dtypes:i([],t.dtypes,!0),config:r({},t.config)})},e.prototype.checkSeriesOpCompactibility=function(e){var t=e.firstSeries,n=e.secondSeries,r=e.operation;t.shape[0]!=n.shape[0]&&u.default.throwSeriesMathOpLengthError(t,n),(t.dtypes[0]==`string`||n.dtypes[0]==`string`)&&u.default.throwStringDtypeOperationError(r)},e.prototype.sortObj=function(e,t){return e.sort(function(e,n){var r=n.value,i=e.value;return t?typeof r==`string`&&typeof i==`string`?(r=r.toUpperCase(),i=i.toUpperCase(),r>i?-1:+(r<i)):Number(i)-Number(r):typeof r==`string`&&typeof i==`string`?(r=r.toUpperCase(),i=i.toUpperCase(),r<i?-1:+(r>i)):Number(r)-Number(i)})},e}()})),ul=t((()=>{
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
Y(),J(),m().prototype.abs=function(){return this.throwIfDisposed(),re(this)}})),dl=t((()=>{
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
Y(),J(),m().prototype.acos=function(){return this.throwIfDisposed(),Bc(this)}})),fl=t((()=>{
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
Y(),J(),m().prototype.acosh=function(){return this.throwIfDisposed(),Yc(this)}})),pl=t((()=>{
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
Jt(),J(),m().prototype.add=function(e){return this.throwIfDisposed(),lo(this,e)}})),ml=t((()=>{
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
Na(),J(),m().prototype.all=function(e,t){return this.throwIfDisposed(),Wa(this,e,t)}})),hl=t((()=>{
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
zo(),J(),m().prototype.any=function(e,t){return this.throwIfDisposed(),us(this,e,t)}})),gl=t((()=>{
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
Sa(),J(),m().prototype.argMax=function(e){return this.throwIfDisposed(),na(this,e)}})),_l=t((()=>{
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
pc(),J(),m().prototype.argMin=function(e){return this.throwIfDisposed(),Oo(this,e)}})),vl=t((()=>{
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
K(),J(),kt(),m().prototype.asScalar=function(){return this.throwIfDisposed(),Xa(this.size===1,()=>`The array must have only 1 element.`),q(this,[])}})),yl=t((()=>{
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
Y(),J(),m().prototype.asType=function(e){return this.throwIfDisposed(),Rt(this,e)}})),bl=t((()=>{
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
K(),J(),m().prototype.as1D=function(){return this.throwIfDisposed(),q(this,[this.size])}})),xl=t((()=>{
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
K(),J(),m().prototype.as2D=function(e,t){return this.throwIfDisposed(),q(this,[e,t])}})),Sl=t((()=>{
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
K(),J(),m().prototype.as3D=function(e,t,n){return this.throwIfDisposed(),q(this,[e,t,n])}})),Cl=t((()=>{
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
K(),J(),m().prototype.as4D=function(e,t,n,r){return this.throwIfDisposed(),q(this,[e,t,n,r])}})),wl=t((()=>{
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
K(),J(),m().prototype.as5D=function(e,t,n,r,i){return this.throwIfDisposed(),q(this,[e,t,n,r,i])}})),Tl=t((()=>{
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
Y(),J(),m().prototype.asin=function(){return this.throwIfDisposed(),Us(this)}})),El=t((()=>{
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
Y(),J(),m().prototype.asinh=function(){return this.throwIfDisposed(),Di(this)}})),Dl=t((()=>{
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
Y(),J(),m().prototype.atan=function(){return this.throwIfDisposed(),Ms(this)}})),Ol=t((()=>{
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
qo(),J(),m().prototype.atan2=function(e){return this.throwIfDisposed(),nc(this,e)}})),kl=t((()=>{
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
Y(),J(),m().prototype.atanh=function(){return this.throwIfDisposed(),s(this)}})),Al=t((()=>{Xe(),J(),m().prototype.avgPool=function(e,t,n,r){return this.throwIfDisposed(),vr(this,e,t,n,r)}})),jl=t((()=>{
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
ve(),J(),m().prototype.batchToSpaceND=function(e,t){return this.throwIfDisposed(),Zn(this,e,t)}})),Ml=t((()=>{
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
Tc(),J(),m().prototype.batchNorm=function(e,t,n,r,i){return this.throwIfDisposed(),P(this,e,t,n,r,i)}})),Nl=t((()=>{
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
oc(),J(),m().prototype.broadcastTo=function(e){return this.throwIfDisposed(),wo(this,e)}})),Pl=t((()=>{
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
Y(),J(),m().prototype.cast=function(e){return this.throwIfDisposed(),Rt(this,e)}})),Fl=t((()=>{
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
Y(),J(),m().prototype.ceil=function(){return this.throwIfDisposed(),Ls(this)}})),Il=t((()=>{
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
Y(),J(),m().prototype.clipByValue=function(e,t){return this.throwIfDisposed(),Es(this,e,t)}})),Ll=t((()=>{
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
Nn(),J(),m().prototype.concat=function(e,t){return this.throwIfDisposed(),e instanceof oe&&(e=[e]),Mt([this,...e],t)}})),Rl=t((()=>{
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
yt(),J(),m().prototype.conv1d=function(e,t,n,r,i,a){return this.throwIfDisposed(),ze(this,e,t,n,r,i,a)}})),zl=t((()=>{
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
Er(),J(),m().prototype.conv2dTranspose=function(e,t,n,r,i){return this.throwIfDisposed(),ir(this,e,t,n,r,i)}})),Bl=t((()=>{
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
ut(),J(),m().prototype.conv2d=function(e,t,n,r,i,a){return this.throwIfDisposed(),fs(this,e,t,n,r,i,a)}})),Vl=t((()=>{
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
Y(),J(),m().prototype.cos=function(){return this.throwIfDisposed(),Ot(this)}})),Hl=t((()=>{
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
Y(),J(),m().prototype.cosh=function(){return this.throwIfDisposed(),Te(this)}})),Ul=t((()=>{
/**
* @license
* Copyright 2022 Google LLC. All Rights Reserved.
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
hn(),J(),m().prototype.cumprod=function(e,t,n){return this.throwIfDisposed(),Xt(this,e,t,n)}})),Wl=t((()=>{
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
Bt(),J(),m().prototype.cumsum=function(e,t,n){return this.throwIfDisposed(),no(this,e,t,n)}})),Gl=t((()=>{
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
on(),J(),m().prototype.depthToSpace=function(e,t){return this.throwIfDisposed(),ae(this,e,t)}})),Kl=t((()=>{
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
he(),J(),m().prototype.depthwiseConv2d=function(e,t,n,r,i,a){return this.throwIfDisposed(),qn(this,e,t,n,r,i,a)}})),ql=t((()=>{
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
zn(),J(),m().prototype.dilation2d=function(e,t,n,r,i){return this.throwIfDisposed(),Ac(this,e,t,n,r,i)}})),Jl=t((()=>{
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
ic(),J(),m().prototype.divNoNan=function(e){return this.throwIfDisposed(),bo(this,e)}})),Yl=t((()=>{
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
pn(),J(),m().prototype.div=function(e){return this.throwIfDisposed(),pe(this,e)}})),Xl=t((()=>{
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
Li(),J(),m().prototype.dot=function(e){return this.throwIfDisposed(),Ns(this,e)}})),Zl=t((()=>{
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
qa(),J(),m().prototype.elu=function(){return this.throwIfDisposed(),Ss(this)}})),Ql=t((()=>{
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
wa(),J(),m().prototype.equal=function(e){return this.throwIfDisposed(),Fa(this,e)}})),$l=t((()=>{
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
Y(),J(),m().prototype.erf=function(){return this.throwIfDisposed(),f(this)}})),eu=t((()=>{
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
vo(),J(),m().prototype.euclideanNorm=function(e,t){return this.throwIfDisposed(),fn(this,e,t)}})),tu=t((()=>{
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
Y(),J(),m().prototype.exp=function(){return this.throwIfDisposed(),xe(this)}})),nu=t((()=>{
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
tr(),J(),m().prototype.expandDims=function(e){return this.throwIfDisposed(),kc(this,e)}})),ru=t((()=>{
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
Y(),J(),m().prototype.expm1=function(){return this.throwIfDisposed(),Gn(this)}})),iu=t((()=>{
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
Y(),J(),m().prototype.fft=function(){return this.throwIfDisposed(),Ur(this)}})),au=t((()=>{
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
K(),J(),m().prototype.flatten=function(){return this.throwIfDisposed(),q(this,[this.size])}})),ou=t((()=>{
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
Y(),J(),m().prototype.floor=function(){return this.throwIfDisposed(),Ma(this)}})),su=t((()=>{
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
x(),J(),m().prototype.floorDiv=function(e){return this.throwIfDisposed(),yo(this,e)}})),cu=t((()=>{
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
Ua(),J(),m().prototype.gather=function(e,t,n){return this.throwIfDisposed(),Ro(this,e,t,n)}})),lu=t((()=>{
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
ta(),J(),m().prototype.greaterEqual=function(e){return this.throwIfDisposed(),fc(this,e)}})),uu=t((()=>{
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
ls(),J(),m().prototype.greater=function(e){return this.throwIfDisposed(),xa(this,e)}})),du=t((()=>{
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
Y(),J(),m().prototype.ifft=function(){return this.throwIfDisposed(),ht(this)}})),fu=t((()=>{
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
Y(),J(),m().prototype.irfft=function(){return this.throwIfDisposed(),ys(this)}})),pu=t((()=>{
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
Y(),J(),m().prototype.isFinite=function(){return this.throwIfDisposed(),Hs(this)}})),mu=t((()=>{
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
Y(),J(),m().prototype.isInf=function(){return this.throwIfDisposed(),Ei(this)}})),hu=t((()=>{
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
Y(),J(),m().prototype.isNaN=function(){return this.throwIfDisposed(),js(this)}})),gu=t((()=>{
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
da(),J(),m().prototype.leakyRelu=function(e){return this.throwIfDisposed(),tc(this,e)}})),_u=t((()=>{
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
Vr(),J(),m().prototype.lessEqual=function(e){return this.throwIfDisposed(),ai(this,e)}})),vu=t((()=>{
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
Dn(),J(),m().prototype.less=function(e){return this.throwIfDisposed(),l(this,e)}})),yu=t((()=>{
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
wt(),J(),m().prototype.localResponseNormalization=function(e,t,n,r){return this.throwIfDisposed(),_s(this,e,t,n,r)}})),bu=t((()=>{
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
Y(),J(),m().prototype.logSigmoid=function(){return this.throwIfDisposed(),y(this)}})),xu=t((()=>{
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
Y(),J(),m().prototype.logSoftmax=function(e){return this.throwIfDisposed(),B(this,e)}})),Su=t((()=>{
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
ne(),J(),m().prototype.logSumExp=function(e,t){return this.throwIfDisposed(),Dc(this,e,t)}})),Cu=t((()=>{
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
Y(),J(),m().prototype.log=function(){return this.throwIfDisposed(),We(this)}})),wu=t((()=>{
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
Y(),J(),m().prototype.log1p=function(){return this.throwIfDisposed(),lr(this)}})),Tu=t((()=>{
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
Ic(),J(),m().prototype.logicalAnd=function(e){return this.throwIfDisposed(),Un(this,e)}})),Eu=t((()=>{
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
Kc(),J(),m().prototype.logicalNot=function(){return this.throwIfDisposed(),Mi(this)}})),Du=t((()=>{
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
mi(),J(),m().prototype.logicalOr=function(e){return this.throwIfDisposed(),bc(this,e)}})),Ou=t((()=>{
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
Va(),J(),m().prototype.logicalXor=function(e){return this.throwIfDisposed(),Aa(this,e)}})),ku=t((()=>{
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
ke(),J(),m().prototype.matMul=function(e,t,n){return this.throwIfDisposed(),it(this,e,t,n)}})),Au=t((()=>{Eo(),J(),m().prototype.maxPool=function(e,t,n,r){return this.throwIfDisposed(),lc(this,e,t,n,r)}})),ju=t((()=>{
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
Nr(),J(),m().prototype.max=function(e,t){return this.throwIfDisposed(),qe(this,e,t)}})),Mu=t((()=>{
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
Os(),J(),m().prototype.maximum=function(e){return this.throwIfDisposed(),$a(this,e)}})),Nu=t((()=>{
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
$s(),J(),m().prototype.mean=function(e,t){return this.throwIfDisposed(),Wo(this,e,t)}})),Pu=t((()=>{
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
U(),J(),m().prototype.min=function(e,t){return this.throwIfDisposed(),fr(this,e,t)}})),Fu=t((()=>{
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
ds(),J(),m().prototype.minimum=function(e){return this.throwIfDisposed(),lt(this,e)}})),Iu=t((()=>{
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
Re(),J(),m().prototype.mirrorPad=function(e,t){return this.throwIfDisposed(),vt(this,e,t)}})),Lu=t((()=>{
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
rr(),J(),m().prototype.mod=function(e){return this.throwIfDisposed(),Tr(this,e)}})),Ru=t((()=>{
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
nr(),J(),m().prototype.mul=function(e){return this.throwIfDisposed(),Ce(this,e)}})),zu=t((()=>{
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
Y(),J(),m().prototype.neg=function(){return this.throwIfDisposed(),xn(this)}})),Bu=t((()=>{
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
Y(),J(),m().prototype.norm=function(e,t,n){return this.throwIfDisposed(),co(this,e,t,n)}})),Vu=t((()=>{
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
we(),J(),m().prototype.notEqual=function(e){return this.throwIfDisposed(),tt(this,e)}})),Hu=t((()=>{
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
Yt(),J(),m().prototype.oneHot=function(e,t=1,n=0){return this.throwIfDisposed(),mn(this,e,t,n)}})),Uu=t((()=>{
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
Y(),J(),m().prototype.onesLike=function(){return this.throwIfDisposed(),zt(this)}})),Wu=t((()=>{
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
ie(),J(),m().prototype.pad=function(e,t){return this.throwIfDisposed(),an(this,e,t)}})),Gu=t((()=>{Pa(),J(),m().prototype.pool=function(e,t,n,r,i,a){return this.throwIfDisposed(),Ca(this,e,t,n,r,i,a)}})),Ku=t((()=>{
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
A(),J(),m().prototype.pow=function(e){return this.throwIfDisposed(),Cr(this,e)}})),qu=t((()=>{
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
ts(),J(),m().prototype.prelu=function(e){return this.throwIfDisposed(),ko(this,e)}})),Ju=t((()=>{
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
Ki(),J(),m().prototype.prod=function(e,t){return this.throwIfDisposed(),fa(this,e,t)}})),Yu=t((()=>{
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
Y(),J(),m().prototype.reciprocal=function(){return this.throwIfDisposed(),Qc(this)}})),Xu=t((()=>{
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
rt(),J(),m().prototype.relu=function(){return this.throwIfDisposed(),jt(this)}})),Zu=t((()=>{
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
vn(),J(),m().prototype.relu6=function(){return this.throwIfDisposed(),Oe(this)}})),Qu=t((()=>{
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
K(),J(),m().prototype.reshapeAs=function(e){return this.throwIfDisposed(),q(this,e.shape)}})),$u=t((()=>{
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
K(),J(),m().prototype.reshape=function(e){return this.throwIfDisposed(),q(this,e)}})),ed=t((()=>{
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
ji(),J(),m().prototype.resizeBilinear=function(e,t,n){return this.throwIfDisposed(),Fc(this,e,t,n)}})),td=t((()=>{
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
yc(),J(),m().prototype.resizeNearestNeighbor=function(e,t,n){return this.throwIfDisposed(),Gc(this,e,t,n)}})),nd=t((()=>{
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
Ht(),J(),m().prototype.reverse=function(e){return this.throwIfDisposed(),Qt(this,e)}})),rd=t((()=>{
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
Y(),J(),m().prototype.rfft=function(){return this.throwIfDisposed(),dr(this)}})),id=t((()=>{
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
Y(),J(),m().prototype.round=function(){return this.throwIfDisposed(),N(this)}})),ad=t((()=>{
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
Y(),J(),m().prototype.rsqrt=function(){return this.throwIfDisposed(),Mc(this)}})),od=t((()=>{
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
_c(),J(),m().prototype.selu=function(){return this.throwIfDisposed(),Hc(this)}})),sd=t((()=>{
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
Da(),J(),m().prototype.separableConv2d=function(e,t,n,r,i,a){return this.throwIfDisposed(),di(this,e,t,n,r,i,a)}})),cd=t((()=>{
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
Y(),J(),m().prototype.sigmoid=function(){return this.throwIfDisposed(),yn(this)}})),ld=t((()=>{
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
Y(),J(),m().prototype.sign=function(){return this.throwIfDisposed(),is(this)}})),ud=t((()=>{
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
Y(),J(),m().prototype.sin=function(){return this.throwIfDisposed(),Yi(this)}})),dd=t((()=>{
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
Y(),J(),m().prototype.sinh=function(){return this.throwIfDisposed(),Co(this)}})),fd=t((()=>{
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
Y(),J(),m().prototype.slice=function(e,t){return this.throwIfDisposed(),G(this,e,t)}})),pd=t((()=>{
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
Y(),J(),m().prototype.softmax=function(e){return this.throwIfDisposed(),d(this,e)}})),md=t((()=>{
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
Y(),J(),m().prototype.softplus=function(){return this.throwIfDisposed(),Gt(this)}})),hd=t((()=>{
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
ci(),J(),m().prototype.spaceToBatchND=function(e,t){return this.throwIfDisposed(),mc(this,e,t)}})),gd=t((()=>{
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
Mr(),J(),m().prototype.split=function(e,t){return this.throwIfDisposed(),Ke(this,e,t)}})),_d=t((()=>{
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
Y(),J(),m().prototype.sqrt=function(){return this.throwIfDisposed(),Lt(this)}})),vd=t((()=>{
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
Y(),J(),m().prototype.square=function(){return this.throwIfDisposed(),Fe(this)}})),yd=t((()=>{
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
k(),J(),m().prototype.squaredDifference=function(e){return this.throwIfDisposed(),Sr(this,e)}})),bd=t((()=>{
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
In(),J(),m().prototype.squeeze=function(e){return this.throwIfDisposed(),rl(this,e)}})),xd=t((()=>{
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
ct(),J(),m().prototype.stack=function(e,t){this.throwIfDisposed();let n=e instanceof oe?[this,e]:[this,...e];return It(n,t)}})),Sd=t((()=>{
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
Y(),J(),m().prototype.step=function(e){return this.throwIfDisposed(),Pe(this,e)}})),Cd=t((()=>{
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
Y(),J(),m().prototype.stridedSlice=function(e,t,n,r,i,a,o,s){return this.throwIfDisposed(),nn(this,e,t,n,r,i,a,o,s)}})),wd=t((()=>{
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
de(),J(),m().prototype.sub=function(e){return this.throwIfDisposed(),un(this,e)}})),Td=t((()=>{
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
qt(),J(),m().prototype.sum=function(e,t){return this.throwIfDisposed(),rn(this,e,t)}})),Ed=t((()=>{
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
Y(),J(),m().prototype.tan=function(){return this.throwIfDisposed(),so(this)}})),Dd=t((()=>{
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
Y(),J(),m().prototype.tanh=function(){return this.throwIfDisposed(),g(this)}})),Od=t((()=>{
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
Pi(),J(),m().prototype.tile=function(e){return this.throwIfDisposed(),zc(this,e)}})),kd=t((()=>{
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
Y(),J(),m().prototype.toBool=function(){return this.throwIfDisposed(),Rt(this,`bool`)}})),Ad=t((()=>{
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
Y(),J(),m().prototype.toFloat=function(){return this.throwIfDisposed(),Rt(this,`float32`)}})),jd=t((()=>{
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
Y(),J(),m().prototype.toInt=function(){return this.throwIfDisposed(),Rt(this,`int32`)}})),Md=t((()=>{
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
ea(),J(),m().prototype.topk=function(e,t){return this.throwIfDisposed(),ba(this,e,t)}})),Nd=t((()=>{
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
V(),J(),m().prototype.transpose=function(e){return this.throwIfDisposed(),Ct(this,e)}})),Pd=t((()=>{
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
Vs(),J(),m().prototype.unique=function(e){return this.throwIfDisposed(),Wi(this,e)}})),Fd=t((()=>{
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
Ti(),J(),m().prototype.unsortedSegmentSum=function(e,t){return this.throwIfDisposed(),es(this,e,t)}})),Id=t((()=>{
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
As(),J(),m().prototype.unstack=function(e){return this.throwIfDisposed(),to(this,e)}})),Ld=t((()=>{
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
ns(),J(),m().prototype.where=function(e,t){return this.throwIfDisposed(),Ao(e,this,t)}})),Rd=t((()=>{
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
Y(),J(),m().prototype.zerosLike=function(){return this.throwIfDisposed(),pa(this)}})),zd=t((()=>{ul(),dl(),fl(),pl(),ml(),hl(),gl(),_l(),vl(),yl(),bl(),xl(),Sl(),Cl(),wl(),Tl(),El(),Dl(),Ol(),kl(),Al(),jl(),Ml(),Nl(),Pl(),Fl(),Il(),Ll(),Rl(),zl(),Bl(),Vl(),Hl(),Ul(),Wl(),Gl(),Kl(),ql(),Jl(),Yl(),Xl(),Zl(),Ql(),$l(),eu(),tu(),nu(),ru(),iu(),au(),ou(),su(),cu(),lu(),uu(),du(),fu(),pu(),mu(),hu(),gu(),_u(),vu(),yu(),bu(),xu(),Su(),Cu(),wu(),Tu(),Eu(),Du(),Ou(),ku(),Au(),ju(),Mu(),Nu(),Pu(),Fu(),Iu(),Lu(),Ru(),zu(),Bu(),Vu(),Hu(),Uu(),Wu(),Gu(),Ku(),qu(),Ju(),Yu(),Xu(),Zu(),Qu(),$u(),ed(),td(),nd(),rd(),id(),ad(),od(),sd(),cd(),ld(),ud(),dd(),fd(),pd(),md(),hd(),gd(),_d(),vd(),yd(),bd(),xd(),Sd(),Cd(),wd(),Td(),Ed(),Dd(),Od(),kd(),Ad(),jd(),Md(),Nd(),Pd(),Fd(),Id(),Ld(),Rd()})),Bd=/* @__PURE__ */ n({Abs:()=>`Abs`,Acos:()=>ia,Acosh:()=>Js,AdadeltaOptimizer:()=>Uo,AdagradOptimizer:()=>sa,AdamOptimizer:()=>kn,AdamaxOptimizer:()=>Wr,Add:()=>`Add`,AddN:()=>Vo,All:()=>`All`,Any:()=>`Any`,ArgMax:()=>ws,ArgMin:()=>Ya,Asin:()=>bi,Asinh:()=>Xo,Atan:()=>Fs,Atan2:()=>zi,Atanh:()=>So,AvgPool:()=>ac,AvgPool3D:()=>Ji,AvgPool3DGrad:()=>ha,AvgPoolGrad:()=>rs,BatchMatMul:()=>Mo,BatchToSpaceND:()=>Ia,Bincount:()=>Ea,BitwiseAnd:()=>ui,BroadcastArgs:()=>gc,BroadcastTo:()=>Vc,Cast:()=>ki,Ceil:()=>jc,ClipByValue:()=>Vn,Complex:()=>M,ComplexAbs:()=>wc,Concat:()=>Yn,Conv2D:()=>_e,Conv2DBackpropFilter:()=>se,Conv2DBackpropInput:()=>cn,Conv3D:()=>po,Conv3DBackpropFilterV2:()=>h,Conv3DBackpropInputV2:()=>ro,Cos:()=>`Cos`,Cosh:()=>Vt,CropAndResize:()=>Zt,Cumprod:()=>gn,Cumsum:()=>Ee,DataStorage:()=>_n,DenseBincount:()=>nt,DepthToSpace:()=>At,DepthwiseConv2dNative:()=>Mn,DepthwiseConv2dNativeBackpropFilter:()=>Zc,DepthwiseConv2dNativeBackpropInput:()=>w,Diag:()=>gr,Dilation2D:()=>Ye,Dilation2DBackpropFilter:()=>or,Dilation2DBackpropInput:()=>Or,Draw:()=>Ve,ENV:()=>c,Einsum:()=>xt,Elu:()=>`Elu`,EluGrad:()=>ps,Environment:()=>aa,Equal:()=>ft,Erf:()=>`Erf`,Exp:()=>`Exp`,ExpandDims:()=>Jr,Expm1:()=>Rr,FFT:()=>`FFT`,Fill:()=>ni,FlipLeftRight:()=>En,Floor:()=>a,FloorDiv:()=>la,FromPixels:()=>ec,FusedBatchNorm:()=>Go,FusedConv2D:()=>ks,FusedDepthwiseConv2D:()=>eo,GatherNd:()=>wi,GatherV2:()=>$o,Greater:()=>Bs,GreaterEqual:()=>Ui,IFFT:()=>Do,Identity:()=>uc,Imag:()=>$i,IsFinite:()=>ya,IsInf:()=>cs,IsNan:()=>Io,KernelBackend:()=>De,LRN:()=>`LRN`,LRNGrad:()=>Ha,LeakyRelu:()=>ja,Less:()=>hi,LessEqual:()=>xc,LinSpace:()=>qc,Log:()=>`Log`,Log1p:()=>Ni,LogSoftmax:()=>Lc,LogicalAnd:()=>Wn,LogicalNot:()=>F,LogicalOr:()=>Oc,LogicalXor:()=>$n,LowerBound:()=>be,MatrixBandPart:()=>fe,Max:()=>`Max`,MaxPool:()=>dn,MaxPool3D:()=>go,MaxPool3DGrad:()=>b,MaxPoolGrad:()=>oo,MaxPoolWithArgmax:()=>Kt,Maximum:()=>tn,Mean:()=>Sn,Min:()=>`Min`,Minimum:()=>Ne,MirrorPad:()=>st,Mod:()=>`Mod`,MomentumOptimizer:()=>Et,Multinomial:()=>W,Multiply:()=>Fn,Neg:()=>`Neg`,NonMaxSuppressionV3:()=>nl,NonMaxSuppressionV4:()=>O,NonMaxSuppressionV5:()=>xr,NotEqual:()=>$e,OP_SCOPE_SUFFIX:()=>jo,OneHot:()=>ur,OnesLike:()=>jr,Optimizer:()=>Qa,OptimizerConstructors:()=>L,Pack:()=>Ge,PadV2:()=>Tt,Pool:()=>vs,Pow:()=>`Pow`,Prelu:()=>mt,Prod:()=>Qr,RMSPropOptimizer:()=>Pr,RaggedGather:()=>Hr,RaggedRange:()=>oi,RaggedTensorToTensor:()=>On,Range:()=>u,Rank:()=>ee,Real:()=>oa,RealDiv:()=>Qs,Reciprocal:()=>Ho,Reduction:()=>ka,Relu:()=>Ds,Relu6:()=>Za,Reshape:()=>Ci,ResizeBilinear:()=>Zo,ResizeBilinearGrad:()=>Rs,ResizeNearestNeighbor:()=>Bi,ResizeNearestNeighborGrad:()=>To,Reverse:()=>sc,RotateWithOffset:()=>Zi,Round:()=>ga,Rsqrt:()=>os,SGDOptimizer:()=>gt,ScatterNd:()=>No,SearchSorted:()=>za,Select:()=>Oa,Selu:()=>pi,Sigmoid:()=>vc,Sign:()=>Wc,Sin:()=>`Sin`,Sinh:()=>Ai,Slice:()=>Pc,Softmax:()=>Hn,Softplus:()=>te,SpaceToBatchND:()=>Ec,SparseFillEmptyRows:()=>Qn,SparseReshape:()=>ye,SparseSegmentMean:()=>ue,SparseSegmentSum:()=>ln,SparseToDense:()=>ho,SplitV:()=>_,Sqrt:()=>ao,Square:()=>Ut,SquaredDifference:()=>$t,StaticRegexReplace:()=>bn,Step:()=>Ae,StridedSlice:()=>at,StringNGrams:()=>Nt,StringSplit:()=>Pn,StringToHashBucketFast:()=>el,Sub:()=>`Sub`,Sum:()=>`Sum`,Tan:()=>`Tan`,Tanh:()=>T,Tensor:()=>oe,TensorBuffer:()=>sn,TensorScatterUpdate:()=>yr,Tile:()=>Ze,TopK:()=>cr,Transform:()=>kr,Transpose:()=>Ue,Unique:()=>St,Unpack:()=>hs,UnsortedSegmentSum:()=>pt,UpperBound:()=>Xr,Variable:()=>fo,ZerosLike:()=>zr,_FusedMatMul:()=>ii,abs:()=>re,acos:()=>Bc,acosh:()=>Yc,add:()=>lo,addN:()=>_i,all:()=>Wa,any:()=>us,argMax:()=>na,argMin:()=>Oo,asin:()=>Us,asinh:()=>Di,atan:()=>Ms,atan2:()=>nc,atanh:()=>s,avgPool:()=>vr,avgPool3d:()=>$c,backend:()=>et,backend_util:()=>Ga,basicLSTMCell:()=>le,batchNorm:()=>P,batchNorm2d:()=>Nc,batchNorm3d:()=>Uc,batchNorm4d:()=>fi,batchToSpaceND:()=>Zn,bincount:()=>Ra,bitwiseAnd:()=>as,booleanMaskAsync:()=>gs,broadcastArgs:()=>Xi,broadcastTo:()=>wo,broadcast_util:()=>hc,browser:()=>Ln,buffer:()=>al,cast:()=>Rt,ceil:()=>Ls,clipByValue:()=>Es,clone:()=>Le,complex:()=>ma,concat:()=>Mt,concat1d:()=>Zs,concat2d:()=>i,concat3d:()=>ei,concat4d:()=>Kr,conv1d:()=>ze,conv2d:()=>fs,conv2dTranspose:()=>ir,conv3d:()=>hr,conv3dTranspose:()=>Xc,copyRegisteredKernels:()=>ar,cos:()=>Ot,cosh:()=>Te,cosineWindow:()=>Wt,cumprod:()=>Xt,cumsum:()=>no,customGrad:()=>Me,denseBincount:()=>uo,deprecationWarn:()=>mr,depthToSpace:()=>ae,depthwiseConv2d:()=>qn,device_util:()=>li,diag:()=>j,dilation2d:()=>Ac,disableDeprecationWarnings:()=>Fr,dispose:()=>Je,disposeVariables:()=>Dt,div:()=>pe,divNoNan:()=>bo,dot:()=>Ns,dropout:()=>je,einsum:()=>vi,elu:()=>Ss,enableDebugMode:()=>bs,enableProdMode:()=>_t,enclosingPowerOfTwo:()=>en,engine:()=>$r,ensureShape:()=>Ks,env:()=>Ys,equal:()=>Fa,erf:()=>f,euclideanNorm:()=>fn,exp:()=>xe,expandDims:()=>kc,expm1:()=>Gn,eye:()=>Sc,fft:()=>Ur,fill:()=>Si,findBackend:()=>Gr,findBackendFactory:()=>si,floor:()=>Ma,floorDiv:()=>yo,fused:()=>z,gather:()=>Ro,gatherND:()=>Pt,gather_util:()=>Ie,getBackend:()=>An,getGradient:()=>Dr,getKernel:()=>Be,getKernelsForBackend:()=>bt,grad:()=>ot,grads:()=>Ft,greater:()=>xa,greaterEqual:()=>fc,ifft:()=>ht,imag:()=>Gi,image:()=>Vi,inTopKAsync:()=>v,io:()=>pr,irfft:()=>ys,isFinite:()=>Hs,isInf:()=>Ei,isNaN:()=>js,keep:()=>ra,kernel_impls:()=>xs,leakyRelu:()=>tc,less:()=>l,lessEqual:()=>ai,linalg:()=>cc,linspace:()=>Zr,localResponseNormalization:()=>_s,log:()=>We,log1p:()=>lr,logSigmoid:()=>y,logSoftmax:()=>B,logSumExp:()=>Dc,logicalAnd:()=>Un,logicalNot:()=>Mi,logicalOr:()=>bc,logicalXor:()=>Aa,losses:()=>Qi,lowerBound:()=>va,matMul:()=>it,math:()=>wr,max:()=>qe,maxPool:()=>lc,maxPool3d:()=>Hi,maxPoolWithArgmax:()=>Qo,maximum:()=>$a,mean:()=>Wo,memory:()=>qs,meshgrid:()=>Ir,min:()=>fr,minimum:()=>lt,mirrorPad:()=>vt,mod:()=>Tr,moments:()=>H,movingAverage:()=>Ar,mul:()=>Ce,multiRNNCell:()=>S,multinomial:()=>jn,neg:()=>xn,nextFrame:()=>Fi,norm:()=>co,notEqual:()=>tt,oneHot:()=>mn,ones:()=>Tn,onesLike:()=>zt,op:()=>Ta,outerProduct:()=>p,pad:()=>an,pad1d:()=>me,pad2d:()=>Cc,pad3d:()=>Rn,pad4d:()=>Oi,pool:()=>Ca,pow:()=>Cr,prelu:()=>ko,print:()=>wn,prod:()=>fa,profile:()=>Bo,raggedGather:()=>rc,raggedRange:()=>Ii,raggedTensorToTensor:()=>Jo,rand:()=>Ka,randomGamma:()=>o,randomNormal:()=>ri,randomStandardNormal:()=>Yr,randomUniform:()=>ms,randomUniformInt:()=>He,range:()=>sr,ready:()=>Cs,real:()=>_r,reciprocal:()=>Qc,registerBackend:()=>Ja,registerGradient:()=>dt,registerKernel:()=>qr,relu:()=>jt,relu6:()=>Oe,removeBackend:()=>yi,reshape:()=>q,reverse:()=>Qt,reverse1d:()=>io,reverse2d:()=>mo,reverse3d:()=>ce,reverse4d:()=>Xn,rfft:()=>dr,round:()=>N,rsqrt:()=>Mc,scalar:()=>il,scatterND:()=>Qe,scatter_util:()=>gi,searchSorted:()=>Fo,selu:()=>Hc,separableConv2d:()=>di,serialization:()=>zs,setBackend:()=>Yo,setPlatform:()=>Ps,setdiff1dAsync:()=>La,sigmoid:()=>yn,sign:()=>is,signal:()=>_a,sin:()=>Yi,sinh:()=>Co,slice:()=>G,slice1d:()=>Is,slice2d:()=>xi,slice3d:()=>Ts,slice4d:()=>Xs,slice_util:()=>Cn,softmax:()=>d,softplus:()=>Gt,spaceToBatchND:()=>mc,sparse:()=>ss,sparseToDense:()=>E,spectral:()=>Po,split:()=>Ke,sqrt:()=>Lt,square:()=>Fe,squaredDifference:()=>Sr,squeeze:()=>rl,stack:()=>It,step:()=>Pe,stridedSlice:()=>nn,string:()=>Ba,sub:()=>un,sum:()=>rn,sumOutType:()=>Jn,tan:()=>so,tanh:()=>g,tensor:()=>qi,tensor1d:()=>_o,tensor2d:()=>R,tensor3d:()=>er,tensor4d:()=>I,tensor5d:()=>Rc,tensor6d:()=>Jc,tensorScatterUpdate:()=>Lo,tensor_util:()=>Bn,test_util:()=>Gs,tidy:()=>Ri,tile:()=>zc,time:()=>xo,topk:()=>ba,train:()=>Kn,transpose:()=>Ct,truncatedNormal:()=>dc,unique:()=>Wi,unregisterGradient:()=>Lr,unregisterKernel:()=>ti,unsortedSegmentSum:()=>es,unstack:()=>to,upcastType:()=>ge,upperBound:()=>Ko,util:()=>C,valueAndGrad:()=>tl,valueAndGrads:()=>D,variable:()=>ua,variableGrads:()=>br,version_core:()=>Se,where:()=>Ao,whereAsync:()=>Br,zeros:()=>ca,zerosLike:()=>pa}),Vd=t((()=>{
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
Ws(),ol(),zd()})),Z=/* @__PURE__ */ r((t=>{Object.defineProperty(t,"__esModule",{value:!0}),t.default=(Vd(),e(Bd))})),Hd=/* @__PURE__ */ r(((e,t,n)=>{
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0});var a=i(X()),o=i(cl()),s=i(ll()),c=sl(),l=i(Z()),u=new a.default;e.default=function(){function e(e){var t=e.data,n=e.index,i=e.columns,a=e.dtypes,d=e.config,f=e.isSeries;if(this.$dataIncolumnFormat=[],this.$index=[],this.$columns=[],this.$dtypes=[],this.$isSeries=f,this.$config=d?new o.default(r(r({},c.BASE_CONFIG),d)):new o.default(c.BASE_CONFIG),t instanceof l.default.Tensor&&(t=t.arraySync()),t===void 0||Array.isArray(t)&&t.length===0)i===void 0&&(i=[]),a===void 0&&(a=[]),i.length===0&&a.length!==0&&s.default.throwDtypeWithoutColumnError(),this.loadArrayIntoNdframe({data:[],index:[],columns:i,dtypes:a});else if(u.is1DArray(t))this.loadArrayIntoNdframe({data:t,index:n,columns:i,dtypes:a});else if(Array.isArray(t)&&u.isObject(t[0]))this.loadObjectIntoNdframe({data:t,type:1,index:n,columns:i,dtypes:a});else if(u.isObject(t))this.loadObjectIntoNdframe({data:t,type:2,index:n,columns:i,dtypes:a});else if(Array.isArray(t[0])||u.isNumber(t[0])||u.isString(t[0]))this.loadArrayIntoNdframe({data:t,index:n,columns:i,dtypes:a});else if(Array.isArray(t)&&t.length>0&&u.isDate(t[0]))this.loadArrayIntoNdframe({data:t,index:n,columns:i,dtypes:a});else throw Error(`File format not supported!`)}return e.prototype.loadArrayIntoNdframe=function(e){var t=e.data,n=e.index,r=e.columns,i=e.dtypes;this.$data=t,this.$config.isLowMemoryMode||(this.$dataIncolumnFormat=u.transposeArray(t)),this.$setIndex(n),this.$setDtypes(i),this.$setColumnNames(r)},e.prototype.loadObjectIntoNdframe=function(e){var t=e.data,n=e.type,r=e.index,i=e.columns,a=e.dtypes;if(n===1&&Array.isArray(t)){var o=t.map(function(e){return Object.values(e)}),s=void 0;s=i||Object.keys(t[0]),this.loadArrayIntoNdframe({data:o,index:r,columns:s,dtypes:a})}else{var c=u.getRowAndColValues(t),o=c[0],l=c[1],s=void 0;s=i||l,this.loadArrayIntoNdframe({data:o,index:r,columns:s,dtypes:a})}},Object.defineProperty(e.prototype,"tensor",{get:function(){return this.$isSeries?l.default.tensor1d(this.$data,this.$dtypes[0]):l.default.tensor2d(this.$data,this.shape,`float32`)},enumerable:!1,configurable:!0}),Object.defineProperty(e.prototype,"dtypes",{get:function(){return this.$dtypes},enumerable:!1,configurable:!0}),e.prototype.$setDtypes=function(e){this.$isSeries?e?(this.$data.length!=0&&e.length!=1&&s.default.throwDtypesLengthError(this,e),c.DATA_TYPES.includes(``+e[0])||s.default.throwDtypeNotSupportedError(e[0]),this.$dtypes=e):this.$dtypes=u.inferDtype(this.$data):e?(this.$data.length!=0&&e.length!=this.shape[1]&&s.default.throwDtypesLengthError(this,e),this.$data.length==0&&e.length==0||e.forEach(function(e){c.DATA_TYPES.includes(e)||s.default.throwDtypeNotSupportedError(e)}),this.$dtypes=e):this.$dtypes=u.inferDtype(this.$data)},Object.defineProperty(e.prototype,"ndim",{get:function(){return this.$isSeries?1:2},enumerable:!1,configurable:!0}),Object.defineProperty(e.prototype,"axis",{get:function(){return{index:this.$index,columns:this.$columns}},enumerable:!1,configurable:!0}),Object.defineProperty(e.prototype,"config",{get:function(){return this.$config},enumerable:!1,configurable:!0}),e.prototype.$setConfig=function(e){this.$config=e},Object.defineProperty(e.prototype,"index",{get:function(){return this.$index},enumerable:!1,configurable:!0}),e.prototype.$setIndex=function(e){e?(this.$data.length!=0&&e.length!=this.shape[0]&&s.default.throwIndexLengthError(this,e),Array.from(new Set(e)).length!==this.shape[0]&&s.default.throwIndexDuplicateError(),this.$index=e):this.$index=u.range(0,this.shape[0]-1)},e.prototype.$resetIndex=function(){this.$index=u.range(0,this.shape[0]-1)},Object.defineProperty(e.prototype,"columns",{get:function(){return this.$columns},enumerable:!1,configurable:!0}),e.prototype.$setColumnNames=function(e){this.$isSeries?e?(this.$data.length!=0&&e.length!=1&&typeof e!=`string`&&s.default.throwColumnNamesLengthError(this,e),this.$columns=e):this.$columns=[`0`]:e?(this.$data.length!=0&&e.length!=this.shape[1]&&s.default.throwColumnNamesLengthError(this,e),Array.from(new Set(e)).length!==e.length&&s.default.throwColumnDuplicateError(),this.$columns=e):this.$columns=u.range(0,this.shape[1]-1).map(function(e){return``+e})},Object.defineProperty(e.prototype,"shape",{get:function(){return this.$data.length===0?this.$columns.length===0?[0,0]:[0,this.$columns.length]:this.$isSeries?[this.$data.length,1]:[this.$data.length,this.$data[0].length]},enumerable:!1,configurable:!0}),Object.defineProperty(e.prototype,"values",{get:function(){return this.$data},enumerable:!1,configurable:!0}),e.prototype.$setValues=function(e,t,n){var r=this;t===void 0&&(t=!0),n===void 0&&(n=!0),this.$isSeries?(t&&e.length!=this.shape[0]&&s.default.throwRowLengthError(this,e.length),this.$data=e,this.$dtypes=u.inferDtype(e),this.$config.isLowMemoryMode||(this.$dataIncolumnFormat=e)):(t&&e.length!=this.shape[0]&&s.default.throwRowLengthError(this,e.length),n&&e.forEach(function(t){t.length!=r.shape[1]&&s.default.throwColumnLengthError(r,e.length)}),this.$data=e,this.$dtypes=u.inferDtype(e),this.$config.isLowMemoryMode||(this.$dataIncolumnFormat=u.transposeArray(e)))},Object.defineProperty(e.prototype,"getColumnData",{get:function(){return this.config.isLowMemoryMode?u.transposeArray(this.values):this.$dataIncolumnFormat},enumerable:!1,configurable:!0}),Object.defineProperty(e.prototype,"size",{get:function(){return this.shape[0]*this.shape[1]},enumerable:!1,configurable:!0}),e.prototype.toCSV=function(e){throw Error("`toCSV` function is deprecated. Use `toCSV` function directly instead. e.g. `dfd.toCSV(df)`")},e.prototype.toJSON=function(e){throw Error("`toJSON` function is deprecated. Use `toJSON` function directly instead. e.g. `dfd.toJSON(df, { format: 'row' })`")},e.prototype.toExcel=function(e){throw Error("Deprecated. Use `toExcel` function directly instead. e.g. `dfd.toExcel(df, {filePath: 'path/to/file.xlsx'})`")},e.prototype.print=function(){console.log(this+``)},e}()})),Ud=/* @__PURE__ */ n({default:()=>Xd,mean:()=>Wd,median:()=>Gd,mode:()=>Kd,std:()=>Jd,variance:()=>qd});function Wd(e){let t=Yd(e),n=0;for(let e of t)n+=e;return n/t.length}function Gd(e){let t=[...Yd(e)].sort((e,t)=>e-t),n=t.length>>1;return t.length%2?t[n]:(t[n-1]+t[n])/2}function Kd(e){let t=/* @__PURE__ */ new Map;for(let n of Yd(e))t.set(n,(t.get(n)??0)+1);let n=0;for(let e of t.values())n=Math.max(n,e);return[...t].filter(([,e])=>e===n).map(([e])=>e)}function qd(e){let t=Yd(e),n=Wd(t),r=0;for(let e of t)r+=(e-n)*(e-n);return r/(t.length-1)}function Jd(e){return Math.sqrt(qd(e))}var Yd,Xd,Zd=t((()=>{Yd=e=>Array.isArray(e[0])?e.flat():e,Xd={mean:Wd,median:Gd,mode:Kd,variance:qd,std:Jd}})),Qd=/* @__PURE__ */ r(((e,t,n)=>{
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0});var i=r($()),a=r(Q());function o(e,t){for(var n={},r={},i=0,o=0;o<e.length;o++){var s=e[o],c=void 0;c=s instanceof a.default?s.getColumnData:[s.values];for(var l=s.columns,u=0;u<l.length;u++){var d=l[u],f=c[u];f.length>i&&(i=f.length),d in n?(r[d]+=1,d+=r[d],n[d]=f):(n[d]=f,r[d]=0)}}return Object.keys(n).forEach(function(e){var t,r=n[e].length;if(r<i){var a=i-r,o=Array(a).fill(NaN);(t=n[e]).push.apply(t,o)}}),new a.default(n)}function s(e,t){for(var n={},r=0,o=function(t){var i,o,s=e[t],c=s.columns,l=void 0;if(l=s instanceof a.default?s.getColumnData:[s.values],t===0)for(var u=0;u<c.length;u++){var d=c[u],f=l[u];n[d]=f}else{for(var p=Object.keys(n).filter(function(e){return!c.includes(e)}),u=0;u<c.length;u++){var d=c[u],f=l[u];if(Object.keys(n).includes(d))(i=n[d]).push.apply(i,f);else{var m=Array(r).fill(NaN);m.push.apply(m,f),n[d]=m}}if(p.length>0)for(var h=l[0].length,u=0;u<p.length;u++){var d=p[u],m=Array(h).fill(NaN);(o=n[d]).push.apply(o,m)}}r+=l[0].length},s=0;s<e.length;s++)o(s);return Object.keys(n).length===1?new i.default(Object.values(n)[0]):new a.default(n)}function c(e){var t=e.dfList,n=e.axis;return n===1?o(t,n):s(t,0)}e.default=c})),$d=/* @__PURE__ */ r(((t,n,r)=>{var i=r&&r.__assign||function(){return i=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},i.apply(this,arguments)},a=r&&r.__spreadArray||function(e,t,n){if(n||arguments.length===2)for(var r=0,i=t.length,a;r<i;r++)(a||!(r in t))&&(a||=Array.prototype.slice.call(t,0,r),a[r]=t[r]);return e.concat(a||Array.prototype.slice.call(t))},o=r&&r.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(t,"__esModule",{value:!0});
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var s=o(Q()),c=(Zd(),e(Ud)),l=o(Qd()),u=o($());t.default=function(){function e(e,t,n,r,i){this.colDict={},this.keyToValue={},this.keyCol=e,this.data=t,this.columnName=n,this.colDtype=r,this.colIndex=i}return e.prototype.group=function(){var e=this,t={},n=this.data?.reduce(function(n,r){var i=[];for(var a in e.colIndex){var o=e.colIndex[a];i.push(r[o])}var s=i.join(`-`);if(t[s]||(t[s]=i),n[s]){var c=n[s];for(var a in e.columnName){var l=e.columnName[a];c[l].push(r[a])}}else for(var a in n[s]={},e.columnName){var l=e.columnName[a];n[s][l]=[r[a]]}return n},{});return this.colDict=n,this.keyToValue=t,this},e.prototype.col=function(t){var n=this;t===void 0&&(t=this.columnName.filter(function(e,t){return!n.colIndex.includes(t)}));var r=this;t.forEach(function(e){if(!r.columnName.includes(e))throw Error(`Column `+e+` does not exist in groups`)});for(var a=i({},this.colDict),o=0,s=Object.entries(a);o<s.length;o++){var c=s[o],l=c[0],u=c[1],d={},f=i({},u);for(var p in t){var m=t[p];d[m]=f[m]}a[l]=d}var h=new e(this.keyCol,null,this.columnName,this.colDtype,this.colIndex);return h.colDict=a,h.groupColNames=t,h.keyToValue=this.keyToValue,h},e.prototype.arithemetic=function(e){var t=[`mean`,`sum`,`count`,`mode`,`std`,`var`,`cumsum`,`cumprod`,`cummax`,`cummin`,`median`,`min`,`max`];if(typeof e==`string`){if(!t.includes(e))throw Error(`group operation: `+e+` is not valid`)}else Object.keys(e).forEach(function(n){var r=e[n];if(Array.isArray(r))for(var i=0,a=r;i<a.length;i++){var o=a[i];if(!t.includes(o))throw Error(`group operation: `+o+` for column `+n+` is not valid`)}else if(!t.includes(r))throw Error(`group operation: `+r+` for column `+n+` is not valid`)});for(var n=i({},this.colDict),r=0,a=Object.entries(n);r<a.length;r++){for(var o=a[r],s=o[0],c=o[1],l={},u=i({},c),d=this.groupColNames,f=0;f<d.length;f++){var p=d[f],m=this.columnName.indexOf(p),h=this.colDtype[m],g=typeof e==`string`?e:e[p];if(h===`string`&&g!==`count`)throw Error(`Can't perform math operation on column `+p);if(typeof e==`string`){var _=p+`_`+e;l[_]=this.groupMathLog(u[p],e)}else if(Array.isArray(e[p]))for(var v=0,y=e[p];v<y.length;v++){var b=y[v],_=p+`_`+b;l[_]=this.groupMathLog(u[p],b)}else{var b=e[p],_=p+`_`+b;l[_]=this.groupMathLog(u[p],b)}}n[s]=l}return n},e.prototype.groupMathLog=function(e,t){var n=[];switch(t){case`max`:var r=e.reduce(function(e,t){return e>t?e:t});n.push(r);break;case`min`:var i=e.reduce(function(e,t){return e<t?e:t});n.push(i);break;case`sum`:var a=e.reduce(function(e,t){return e+t});n.push(a);break;case`count`:n.push(e.length);break;case`mean`:var o=e.reduce(function(e,t){return e+t});n.push(o/e.length);break;case`std`:n.push((0,c.std)(e));break;case`var`:n.push((0,c.variance)(e));break;case`median`:n.push((0,c.median)(e));break;case`mode`:n.push((0,c.mode)(e));break;case`cumsum`:e.reduce(function(e,t){var r=e+t;return n.push(r),r},0);break;case`cummin`:n=[e[0]],e.slice(1).reduce(function(e,t){return e<t?(n.push(e),e):(n.push(t),t)},n[0]);break;case`cummax`:n=[e[0]],e.slice(1).reduce(function(e,t){return e>t?(n.push(e),e):(n.push(t),t)},n[0]);break;case`cumprod`:e.reduce(function(e,t){var r=e*t;return n.push(r),r},1)}return n},e.prototype.toDataFrame=function(e){for(var t={},n=0,r=this.colKeyDict(e);n<r.length;n++){var o=r[n],c=e[o],l={},u=Object.values(c)[0].length;for(var d in this.keyCol){var f=this.keyCol[d],p=this.keyToValue[o][d];l[f]=Array(u).fill(p)}var m=i(i({},l),c);if(Object.keys(t).length<1)t=m;else for(var h=0,g=Object.keys(t);h<g.length;h++){var _=g[h],v=m[_];t[_]=a(a([],t[_],!0),v,!0)}}return new s.default(t)},e.prototype.operations=function(e){if(!this.groupColNames){var t=this.col(void 0),n=t.arithemetic(e);return t.toDataFrame(n)}var r=this.arithemetic(e);return this.toDataFrame(r)},e.prototype.count=function(){return this.operations(`count`)},e.prototype.sum=function(){return this.operations(`sum`)},e.prototype.std=function(){return this.operations(`std`)},e.prototype.var=function(){return this.operations(`var`)},e.prototype.mean=function(){return this.operations(`mean`)},e.prototype.cumSum=function(){return this.operations(`cumsum`)},e.prototype.cumMax=function(){return this.operations(`cummax`)},e.prototype.cumProd=function(){return this.operations(`cumprod`)},e.prototype.cumMin=function(){return this.operations(`cummin`)},e.prototype.max=function(){return this.operations(`max`)},e.prototype.min=function(){return this.operations(`min`)},e.prototype.getGroup=function(e){var t=e.join(`-`),n={};return n[t]=i({},this.colDict[t]),this.toDataFrame(n)},e.prototype.agg=function(e){var t=Object.keys(e),n=this.col(t),r=n.arithemetic(e);return n.toDataFrame(r)},e.prototype.apply=function(e){for(var t={},n=0,r=this.colKeyDict(this.colDict);n<r.length;n++){var i=r[n];t[i]=e(new s.default(this.colDict[i]))}return this.concatGroups(t)},e.prototype.concatGroups=function(e){for(var t=[],n=0,r=Object.entries(e);n<r.length;n++){var i=r[n],a=i[0],o=i[1],c=void 0;if(o instanceof s.default)c=o.copy();else{var u=o.index;u=u.length>1?u:[`applyOps`],c=new s.default([o.values],{columns:u})}var d=c.shape[0],f=void 0;for(f in this.keyCol){var p=this.keyCol[f],m=this.keyToValue[a][f],h=Array(d).fill(m),g=parseInt(f);this.groupColNames?c.addColumn(p,h,{inplace:!0,atIndex:g}):c.addColumn(p+`_Group`,h,{inplace:!0,atIndex:g})}t.push(c)}return(0,l.default)({dfList:t,axis:0})},Object.defineProperty(e.prototype,"ngroups",{get:function(){return Object.keys(this.colDict).length},enumerable:!1,configurable:!0}),Object.defineProperty(e.prototype,"groups",{get:function(){return this.colDict},enumerable:!1,configurable:!0}),e.prototype.first=function(){return this.apply(function(e){return e.head(1)})},e.prototype.last=function(){return this.apply(function(e){return e.tail(1)})},e.prototype.size=function(){return this.apply(function(e){return new u.default([e.shape[0]])})},e.prototype.colKeyDict=function(e){for(var t={},n=0,r=Object.keys(e);n<r.length;n++){var i=r[n],a=i.split(`-`)[0];a in t?t[a].push(i):t[a]=[i]}for(var o=[],s=0,c=Object.keys(t);s<c.length;s++){var i=c[s];o.push.apply(o,t[i])}return o},e}()})),ef=/* @__PURE__ */ r(((e,t,n)=>{
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e._loc=e._iloc=void 0;var i=r($()),a=r(X()),o=r(Q()),s=new a.default;function c(e){var t=e.ndFrame,n=e.rows,r=e.columns,a,c,l=t.values,u=t.index;if(n instanceof i.default&&(n=n.values),n!==void 0&&!Array.isArray(n))throw Error(`rows parameter must be an Array. For example: rows: [1,2] or rows: ["0:10"]`);if(r!==void 0&&!Array.isArray(r))throw Error(`columns parameter must be an Array. For example: columns: [1,2] or columns: ["0:10"]`);if(!n)a=s.range(0,t.shape[0]-1);else if(n.length==1&&typeof n[0]==`string`){var d=n[0].split(`:`);if(d.length!=2)throw Error(`Invalid row split parameter: If using row split string, it must be of the form; rows: ["start:end"]`);if(isNaN(parseInt(d[0]))&&d[0]!=``||isNaN(parseInt(d[1]))&&d[1]!=``)throw Error(`Invalid row split parameter. Split parameter must be a number`);var f=d[0]==``?0:parseInt(d[0]),p=d[1]==``?t.shape[0]:parseInt(d[1]);if(f<0)throw Error(`row slice [start] index cannot be less than 0`);if(p>t.shape[0])throw Error(`row slice [end] index cannot be bigger than `+t.shape[0]);a=s.range(f,p-1)}else{for(var m=[],h=0;h<n.length;h++){var g=n[h];if(g>t.shape[0])throw Error(`Invalid row parameter: Specified index `+g+` cannot be bigger than index length `+t.shape[0]);if(typeof g!=`number`&&typeof g!=`boolean`)throw Error(`Invalid row parameter: row index `+g+` must be a number or boolean`);typeof g==`boolean`&&g===!0&&m.push(u[h]),typeof g==`number`&&m.push(g)}a=m}if(!r)c=s.range(0,t.shape[1]-1);else if(r.length==1&&typeof r[0]==`string`){var _=r[0].split(`:`);if(_.length!=2)throw Error(`Invalid column split parameter: If using column split string, it must be of the form; columns: ["start:end"]`);if(isNaN(parseInt(_[0]))&&_[0]!=``||isNaN(parseInt(_[1]))&&_[1]!=``)throw Error(`Invalid column split parameter. Split parameter must be a number`);var f=_[0]==``?0:parseInt(_[0]),p=_[1]==``?t.shape[1]:parseInt(_[1]);if(f<0)throw Error(`column slice [start] index cannot be less than 0`);if(p>t.shape[1])throw Error(`column slice [end] index cannot be bigger than `+t.shape[1]);c=s.range(f,p-1)}else{for(var h=0;h<r.length;h++){var g=r[h];if(g>t.shape[1])throw Error(`Invalid column parameter: Specified index `+g+` cannot be bigger than index length `+t.shape[1]);if(typeof g!=`number`)throw Error(`Invalid column parameter: column index `+g+` must be a number`)}c=r}if(t instanceof i.default){for(var v=[],y=[],h=0;h<a.length;h++){var b=a[h];v.push(l[b]),y.push(u[b])}return new i.default(v,{index:y,columns:t.columns,dtypes:t.dtypes,config:t.config})}for(var v=[],y=[],x=[],S=[],h=0;h<a.length;h++){for(var b=a[h],C=l[b],w=[],T=0;T<c.length;T++){var E=c[T];w.push(C[E])}v.push(w),y.push(u[b])}for(var h=0;h<c.length;h++){var E=c[h];x.push(t.columns[E]),S.push(t.dtypes[E])}return new o.default(v,{index:y,columns:x,dtypes:S,config:t.config})}e._iloc=c;function l(e){var t=e.ndFrame,n=e.rows,r=e.columns,a,s,c=t.values,l=t.index;if(n instanceof i.default&&(n=n.values),n!==void 0&&!Array.isArray(n))throw Error(`rows parameter must be an Array. For example: rows: [1,2] or rows: ["0:10"]`);if(r!==void 0&&!Array.isArray(r))throw Error(`columns parameter must be an Array. For example: columns: ["a","b"] or columns: ["a:c"]`);if(!n)a=l.map(function(e){return l.indexOf(e)});else if(n.length==1&&typeof n[0]==`string`){if(n[0].indexOf(`:`)===-1){var u=void 0;if(u=n[0].startsWith(`"`)||n[0].startsWith(`'`)||n[0].startsWith("`")?l.indexOf(n[0].replace(/['"`]/g,``)):l.indexOf(Number(n[0])),u===-1)throw Error(`IndexError: Specified index (`+n[0]+`) not found`);a=[u]}else{var d=n[0].split(`:`);if(d.length!=2)throw Error(`Invalid row split parameter: If using row split string, it must be of the form; rows: ["start:end"]`);var f=void 0,p=void 0;if(f=d[0]===``?l.indexOf(l[0]):d[0].startsWith(`"`)||d[0].startsWith(`'`)||d[0].startsWith("`")?l.indexOf(d[0].replace(/['"`]/g,``)):l.indexOf(Number(d[0])),p=d[1]===``?l.indexOf(l[l.length-1])+1:d[0].startsWith(`"`)||d[0].startsWith(`'`)||d[0].startsWith("`")?l.indexOf(d[1].replace(/['"`]/g,``)):l.indexOf(Number(d[1])),f===-1)throw Error(`IndexError: Specified start index not found`);if(p===-1)throw Error(`IndexError: Specified end index not found`);a=l.slice(f,p).map(function(e){return l.indexOf(e)})}}else{for(var m=[],h=0;h<n.length;h++){var g=typeof n[h]==`boolean`;if(g&&n[h]&&m.push(l.indexOf(l[h])),!g){var _=l.indexOf(n[h]);if(_===-1)throw Error(`IndexError: Specified index (`+n[h]+`) not found`);m.push(_)}}a=m}var v=t.columns;if(!r)s=v.map(function(e){return v.indexOf(e)});else if(r.length==1){if(typeof r[0]!=`string`)throw Error(`ColumnIndexError: columns parameter must be an array of a string name. For example: columns: ["b"]`);if(r[0].indexOf(`:`)==-1)s=[v.indexOf(r[0])];else{var y=r[0].split(`:`);if(y.length!=2)throw Error(`ColumnIndexError: Invalid row split parameter. If using row split string, it must be of the form; rows: ["start:end"]`);var f=y[0]==``?v.indexOf(v[0]):v.indexOf(y[0]),p=y[1]==``?v.indexOf(v[v.length-1]):v.indexOf(y[1]);if(f===-1)throw Error(`ColumnIndexError: Specified start index not found`);if(p===-1)throw Error(`ColumnIndexError: Specified end index not found`);s=v.slice(f,p+1).map(function(e){return v.indexOf(e)}),s.pop()}}else{for(var h=0;h<r.length;h++)if(v.indexOf(r[h])===-1)throw Error(`ColumnIndexError: Specified column (`+r[h]+`) not found`);s=r.map(function(e){return v.indexOf(e)})}if(t instanceof i.default){for(var b=[],x=[],h=0;h<a.length;h++){var S=a[h];b.push(c[S]),x.push(l[S])}return new i.default(b,{index:x,columns:t.columns,dtypes:t.dtypes,config:t.config})}for(var b=[],x=[],C=[],w=[],h=0;h<a.length;h++){for(var S=a[h],T=c[S],E=[],D=0;D<s.length;D++){var O=s[D];E.push(T[O])}b.push(E),x.push(l[S])}for(var h=0;h<s.length;h++){var O=s[h];C.push(t.columns[O]),w.push(t.dtypes[O])}return new o.default(b,{index:x,columns:C,dtypes:w,config:t.config})}e._loc=l})),tf=/* @__PURE__ */ r(((e,t)=>{t.exports=({onlyFirst:e=!1}={})=>RegExp(`[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))`,e?void 0:`g`)})),nf=/* @__PURE__ */ r(((e,t)=>{let n=tf();t.exports=e=>typeof e==`string`?e.replace(n(),``):e})),rf=/* @__PURE__ */ r(((e,t)=>{let n=e=>!Number.isNaN(e)&&e>=4352&&(e<=4447||e===9001||e===9002||11904<=e&&e<=12871&&e!==12351||12880<=e&&e<=19903||19968<=e&&e<=42182||43360<=e&&e<=43388||44032<=e&&e<=55203||63744<=e&&e<=64255||65040<=e&&e<=65049||65072<=e&&e<=65131||65281<=e&&e<=65376||65504<=e&&e<=65510||110592<=e&&e<=110593||127488<=e&&e<=127569||131072<=e&&e<=262141);t.exports=n,t.exports.default=n})),af=/* @__PURE__ */ r(((e,t)=>{t.exports=function(){return/\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g}})),of=/* @__PURE__ */ r(((e,t)=>{let n=nf(),r=rf(),i=af(),a=e=>{if(typeof e!=`string`||e.length===0||(e=n(e),e.length===0))return 0;e=e.replace(i(),`  `);let t=0;for(let n=0;n<e.length;n++){let i=e.codePointAt(n);i<=31||i>=127&&i<=159||i>=768&&i<=879||(i>65535&&n++,t+=r(i)?2:1)}return t};t.exports=a,t.exports.default=a})),sf=/* @__PURE__ */ r(((e,t)=>{let n=`[\ud800-\udbff][\udc00-\udfff]`;t.exports=e=>e&&e.exact?RegExp(`^${n}$`):RegExp(n,`g`)})),cf=/* @__PURE__ */ r(((e,t)=>{t.exports={aliceblue:[240,248,255],antiquewhite:[250,235,215],aqua:[0,255,255],aquamarine:[127,255,212],azure:[240,255,255],beige:[245,245,220],bisque:[255,228,196],black:[0,0,0],blanchedalmond:[255,235,205],blue:[0,0,255],blueviolet:[138,43,226],brown:[165,42,42],burlywood:[222,184,135],cadetblue:[95,158,160],chartreuse:[127,255,0],chocolate:[210,105,30],coral:[255,127,80],cornflowerblue:[100,149,237],cornsilk:[255,248,220],crimson:[220,20,60],cyan:[0,255,255],darkblue:[0,0,139],darkcyan:[0,139,139],darkgoldenrod:[184,134,11],darkgray:[169,169,169],darkgreen:[0,100,0],darkgrey:[169,169,169],darkkhaki:[189,183,107],darkmagenta:[139,0,139],darkolivegreen:[85,107,47],darkorange:[255,140,0],darkorchid:[153,50,204],darkred:[139,0,0],darksalmon:[233,150,122],darkseagreen:[143,188,143],darkslateblue:[72,61,139],darkslategray:[47,79,79],darkslategrey:[47,79,79],darkturquoise:[0,206,209],darkviolet:[148,0,211],deeppink:[255,20,147],deepskyblue:[0,191,255],dimgray:[105,105,105],dimgrey:[105,105,105],dodgerblue:[30,144,255],firebrick:[178,34,34],floralwhite:[255,250,240],forestgreen:[34,139,34],fuchsia:[255,0,255],gainsboro:[220,220,220],ghostwhite:[248,248,255],gold:[255,215,0],goldenrod:[218,165,32],gray:[128,128,128],green:[0,128,0],greenyellow:[173,255,47],grey:[128,128,128],honeydew:[240,255,240],hotpink:[255,105,180],indianred:[205,92,92],indigo:[75,0,130],ivory:[255,255,240],khaki:[240,230,140],lavender:[230,230,250],lavenderblush:[255,240,245],lawngreen:[124,252,0],lemonchiffon:[255,250,205],lightblue:[173,216,230],lightcoral:[240,128,128],lightcyan:[224,255,255],lightgoldenrodyellow:[250,250,210],lightgray:[211,211,211],lightgreen:[144,238,144],lightgrey:[211,211,211],lightpink:[255,182,193],lightsalmon:[255,160,122],lightseagreen:[32,178,170],lightskyblue:[135,206,250],lightslategray:[119,136,153],lightslategrey:[119,136,153],lightsteelblue:[176,196,222],lightyellow:[255,255,224],lime:[0,255,0],limegreen:[50,205,50],linen:[250,240,230],magenta:[255,0,255],maroon:[128,0,0],mediumaquamarine:[102,205,170],mediumblue:[0,0,205],mediumorchid:[186,85,211],mediumpurple:[147,112,219],mediumseagreen:[60,179,113],mediumslateblue:[123,104,238],mediumspringgreen:[0,250,154],mediumturquoise:[72,209,204],mediumvioletred:[199,21,133],midnightblue:[25,25,112],mintcream:[245,255,250],mistyrose:[255,228,225],moccasin:[255,228,181],navajowhite:[255,222,173],navy:[0,0,128],oldlace:[253,245,230],olive:[128,128,0],olivedrab:[107,142,35],orange:[255,165,0],orangered:[255,69,0],orchid:[218,112,214],palegoldenrod:[238,232,170],palegreen:[152,251,152],paleturquoise:[175,238,238],palevioletred:[219,112,147],papayawhip:[255,239,213],peachpuff:[255,218,185],peru:[205,133,63],pink:[255,192,203],plum:[221,160,221],powderblue:[176,224,230],purple:[128,0,128],rebeccapurple:[102,51,153],red:[255,0,0],rosybrown:[188,143,143],royalblue:[65,105,225],saddlebrown:[139,69,19],salmon:[250,128,114],sandybrown:[244,164,96],seagreen:[46,139,87],seashell:[255,245,238],sienna:[160,82,45],silver:[192,192,192],skyblue:[135,206,235],slateblue:[106,90,205],slategray:[112,128,144],slategrey:[112,128,144],snow:[255,250,250],springgreen:[0,255,127],steelblue:[70,130,180],tan:[210,180,140],teal:[0,128,128],thistle:[216,191,216],tomato:[255,99,71],turquoise:[64,224,208],violet:[238,130,238],wheat:[245,222,179],white:[255,255,255],whitesmoke:[245,245,245],yellow:[255,255,0],yellowgreen:[154,205,50]}})),lf=/* @__PURE__ */ r(((e,t)=>{let n=cf(),r={};for(let e of Object.keys(n))r[n[e]]=e;let i={rgb:{channels:3,labels:`rgb`},hsl:{channels:3,labels:`hsl`},hsv:{channels:3,labels:`hsv`},hwb:{channels:3,labels:`hwb`},cmyk:{channels:4,labels:`cmyk`},xyz:{channels:3,labels:`xyz`},lab:{channels:3,labels:`lab`},lch:{channels:3,labels:`lch`},hex:{channels:1,labels:[`hex`]},keyword:{channels:1,labels:[`keyword`]},ansi16:{channels:1,labels:[`ansi16`]},ansi256:{channels:1,labels:[`ansi256`]},hcg:{channels:3,labels:[`h`,`c`,`g`]},apple:{channels:3,labels:[`r16`,`g16`,`b16`]},gray:{channels:1,labels:[`gray`]}};t.exports=i;for(let e of Object.keys(i)){if(!(`channels`in i[e]))throw Error(`missing channels property: `+e);if(!(`labels`in i[e]))throw Error(`missing channel labels property: `+e);if(i[e].labels.length!==i[e].channels)throw Error(`channel and label counts mismatch: `+e);let{channels:t,labels:n}=i[e];delete i[e].channels,delete i[e].labels,Object.defineProperty(i[e],"channels",{value:t}),Object.defineProperty(i[e],"labels",{value:n})}i.rgb.hsl=function(e){let t=e[0]/255,n=e[1]/255,r=e[2]/255,i=Math.min(t,n,r),a=Math.max(t,n,r),o=a-i,s,c;a===i?s=0:t===a?s=(n-r)/o:n===a?s=2+(r-t)/o:r===a&&(s=4+(t-n)/o),s=Math.min(s*60,360),s<0&&(s+=360);let l=(i+a)/2;return c=a===i?0:l<=.5?o/(a+i):o/(2-a-i),[s,c*100,l*100]},i.rgb.hsv=function(e){let t,n,r,i,a,o=e[0]/255,s=e[1]/255,c=e[2]/255,l=Math.max(o,s,c),u=l-Math.min(o,s,c),d=function(e){return(l-e)/6/u+1/2};return u===0?(i=0,a=0):(a=u/l,t=d(o),n=d(s),r=d(c),o===l?i=r-n:s===l?i=1/3+t-r:c===l&&(i=2/3+n-t),i<0?i+=1:i>1&&--i),[i*360,a*100,l*100]},i.rgb.hwb=function(e){let t=e[0],n=e[1],r=e[2],a=i.rgb.hsl(e)[0],o=1/255*Math.min(t,Math.min(n,r));return r=1-1/255*Math.max(t,Math.max(n,r)),[a,o*100,r*100]},i.rgb.cmyk=function(e){let t=e[0]/255,n=e[1]/255,r=e[2]/255,i=Math.min(1-t,1-n,1-r),a=(1-t-i)/(1-i)||0,o=(1-n-i)/(1-i)||0,s=(1-r-i)/(1-i)||0;return[a*100,o*100,s*100,i*100]};function a(e,t){return(e[0]-t[0])**2+(e[1]-t[1])**2+(e[2]-t[2])**2}i.rgb.keyword=function(e){let t=r[e];if(t)return t;let i=1/0,o;for(let t of Object.keys(n)){let r=n[t],s=a(e,r);s<i&&(i=s,o=t)}return o},i.keyword.rgb=function(e){return n[e]},i.rgb.xyz=function(e){let t=e[0]/255,n=e[1]/255,r=e[2]/255;t=t>.04045?((t+.055)/1.055)**2.4:t/12.92,n=n>.04045?((n+.055)/1.055)**2.4:n/12.92,r=r>.04045?((r+.055)/1.055)**2.4:r/12.92;let i=t*.4124+n*.3576+r*.1805,a=t*.2126+n*.7152+r*.0722,o=t*.0193+n*.1192+r*.9505;return[i*100,a*100,o*100]},i.rgb.lab=function(e){let t=i.rgb.xyz(e),n=t[0],r=t[1],a=t[2];return n/=95.047,r/=100,a/=108.883,n=n>.008856?n**(1/3):7.787*n+16/116,r=r>.008856?r**(1/3):7.787*r+16/116,a=a>.008856?a**(1/3):7.787*a+16/116,[116*r-16,500*(n-r),200*(r-a)]},i.hsl.rgb=function(e){let t=e[0]/360,n=e[1]/100,r=e[2]/100,i,a,o;if(n===0)return o=r*255,[o,o,o];i=r<.5?r*(1+n):r+n-r*n;let s=2*r-i,c=[0,0,0];for(let e=0;e<3;e++)a=t+1/3*-(e-1),a<0&&a++,a>1&&a--,o=6*a<1?s+(i-s)*6*a:2*a<1?i:3*a<2?s+(i-s)*(2/3-a)*6:s,c[e]=o*255;return c},i.hsl.hsv=function(e){let t=e[0],n=e[1]/100,r=e[2]/100,i=n,a=Math.max(r,.01);r*=2,n*=r<=1?r:2-r,i*=a<=1?a:2-a;let o=(r+n)/2;return[t,(r===0?2*i/(a+i):2*n/(r+n))*100,o*100]},i.hsv.rgb=function(e){let t=e[0]/60,n=e[1]/100,r=e[2]/100,i=Math.floor(t)%6,a=t-Math.floor(t),o=255*r*(1-n),s=255*r*(1-n*a),c=255*r*(1-n*(1-a));switch(r*=255,i){case 0:return[r,c,o];case 1:return[s,r,o];case 2:return[o,r,c];case 3:return[o,s,r];case 4:return[c,o,r];case 5:return[r,o,s]}},i.hsv.hsl=function(e){let t=e[0],n=e[1]/100,r=e[2]/100,i=Math.max(r,.01),a,o;o=(2-n)*r;let s=(2-n)*i;return a=n*i,a/=s<=1?s:2-s,a||=0,o/=2,[t,a*100,o*100]},i.hwb.rgb=function(e){let t=e[0]/360,n=e[1]/100,r=e[2]/100,i=n+r,a;i>1&&(n/=i,r/=i);let o=Math.floor(6*t),s=1-r;a=6*t-o,o&1&&(a=1-a);let c=n+a*(s-n),l,u,d;switch(o){default:case 6:case 0:l=s,u=c,d=n;break;case 1:l=c,u=s,d=n;break;case 2:l=n,u=s,d=c;break;case 3:l=n,u=c,d=s;break;case 4:l=c,u=n,d=s;break;case 5:l=s,u=n,d=c}return[l*255,u*255,d*255]},i.cmyk.rgb=function(e){let t=e[0]/100,n=e[1]/100,r=e[2]/100,i=e[3]/100,a=1-Math.min(1,t*(1-i)+i),o=1-Math.min(1,n*(1-i)+i),s=1-Math.min(1,r*(1-i)+i);return[a*255,o*255,s*255]},i.xyz.rgb=function(e){let t=e[0]/100,n=e[1]/100,r=e[2]/100,i,a,o;return i=t*3.2406+n*-1.5372+r*-.4986,a=t*-.9689+n*1.8758+r*.0415,o=t*.0557+n*-.204+r*1.057,i=i>.0031308?1.055*i**(1/2.4)-.055:i*12.92,a=a>.0031308?1.055*a**(1/2.4)-.055:a*12.92,o=o>.0031308?1.055*o**(1/2.4)-.055:o*12.92,i=Math.min(Math.max(0,i),1),a=Math.min(Math.max(0,a),1),o=Math.min(Math.max(0,o),1),[i*255,a*255,o*255]},i.xyz.lab=function(e){let t=e[0],n=e[1],r=e[2];return t/=95.047,n/=100,r/=108.883,t=t>.008856?t**(1/3):7.787*t+16/116,n=n>.008856?n**(1/3):7.787*n+16/116,r=r>.008856?r**(1/3):7.787*r+16/116,[116*n-16,500*(t-n),200*(n-r)]},i.lab.xyz=function(e){let t=e[0],n=e[1],r=e[2],i,a,o;a=(t+16)/116,i=n/500+a,o=a-r/200;let s=a**3,c=i**3,l=o**3;return a=s>.008856?s:(a-16/116)/7.787,i=c>.008856?c:(i-16/116)/7.787,o=l>.008856?l:(o-16/116)/7.787,i*=95.047,a*=100,o*=108.883,[i,a,o]},i.lab.lch=function(e){let t=e[0],n=e[1],r=e[2],i;return i=Math.atan2(r,n)*360/2/Math.PI,i<0&&(i+=360),[t,Math.sqrt(n*n+r*r),i]},i.lch.lab=function(e){let t=e[0],n=e[1],r=e[2]/360*2*Math.PI;return[t,n*Math.cos(r),n*Math.sin(r)]},i.rgb.ansi16=function(e,t=null){let[n,r,a]=e,o=t===null?i.rgb.hsv(e)[2]:t;if(o=Math.round(o/50),o===0)return 30;let s=30+(Math.round(a/255)<<2|Math.round(r/255)<<1|Math.round(n/255));return o===2&&(s+=60),s},i.hsv.ansi16=function(e){return i.rgb.ansi16(i.hsv.rgb(e),e[2])},i.rgb.ansi256=function(e){let t=e[0],n=e[1],r=e[2];return t===n&&n===r?t<8?16:t>248?231:Math.round((t-8)/247*24)+232:16+36*Math.round(t/255*5)+6*Math.round(n/255*5)+Math.round(r/255*5)},i.ansi16.rgb=function(e){let t=e%10;if(t===0||t===7)return e>50&&(t+=3.5),t=t/10.5*255,[t,t,t];let n=(~~(e>50)+1)*.5;return[(t&1)*n*255,(t>>1&1)*n*255,(t>>2&1)*n*255]},i.ansi256.rgb=function(e){if(e>=232){let t=(e-232)*10+8;return[t,t,t]}e-=16;let t;return[Math.floor(e/36)/5*255,Math.floor((t=e%36)/6)/5*255,t%6/5*255]},i.rgb.hex=function(e){let t=(((Math.round(e[0])&255)<<16)+((Math.round(e[1])&255)<<8)+(Math.round(e[2])&255)).toString(16).toUpperCase();return`000000`.substring(t.length)+t},i.hex.rgb=function(e){let t=e.toString(16).match(/[a-f0-9]{6}|[a-f0-9]{3}/i);if(!t)return[0,0,0];let n=t[0];t[0].length===3&&(n=n.split(``).map(e=>e+e).join(``));let r=parseInt(n,16);return[r>>16&255,r>>8&255,r&255]},i.rgb.hcg=function(e){let t=e[0]/255,n=e[1]/255,r=e[2]/255,i=Math.max(Math.max(t,n),r),a=Math.min(Math.min(t,n),r),o=i-a,s,c;return s=o<1?a/(1-o):0,c=o<=0?0:i===t?(n-r)/o%6:i===n?2+(r-t)/o:4+(t-n)/o,c/=6,c%=1,[c*360,o*100,s*100]},i.hsl.hcg=function(e){let t=e[1]/100,n=e[2]/100,r=n<.5?2*t*n:2*t*(1-n),i=0;return r<1&&(i=(n-.5*r)/(1-r)),[e[0],r*100,i*100]},i.hsv.hcg=function(e){let t=e[1]/100,n=e[2]/100,r=t*n,i=0;return r<1&&(i=(n-r)/(1-r)),[e[0],r*100,i*100]},i.hcg.rgb=function(e){let t=e[0]/360,n=e[1]/100,r=e[2]/100;if(n===0)return[r*255,r*255,r*255];let i=[0,0,0],a=t%1*6,o=a%1,s=1-o,c=0;switch(Math.floor(a)){case 0:i[0]=1,i[1]=o,i[2]=0;break;case 1:i[0]=s,i[1]=1,i[2]=0;break;case 2:i[0]=0,i[1]=1,i[2]=o;break;case 3:i[0]=0,i[1]=s,i[2]=1;break;case 4:i[0]=o,i[1]=0,i[2]=1;break;default:i[0]=1,i[1]=0,i[2]=s}return c=(1-n)*r,[(n*i[0]+c)*255,(n*i[1]+c)*255,(n*i[2]+c)*255]},i.hcg.hsv=function(e){let t=e[1]/100,n=t+e[2]/100*(1-t),r=0;return n>0&&(r=t/n),[e[0],r*100,n*100]},i.hcg.hsl=function(e){let t=e[1]/100,n=e[2]/100*(1-t)+.5*t,r=0;return n>0&&n<.5?r=t/(2*n):n>=.5&&n<1&&(r=t/(2*(1-n))),[e[0],r*100,n*100]},i.hcg.hwb=function(e){let t=e[1]/100,n=t+e[2]/100*(1-t);return[e[0],(n-t)*100,(1-n)*100]},i.hwb.hcg=function(e){let t=e[1]/100,n=1-e[2]/100,r=n-t,i=0;return r<1&&(i=(n-r)/(1-r)),[e[0],r*100,i*100]},i.apple.rgb=function(e){return[e[0]/65535*255,e[1]/65535*255,e[2]/65535*255]},i.rgb.apple=function(e){return[e[0]/255*65535,e[1]/255*65535,e[2]/255*65535]},i.gray.rgb=function(e){return[e[0]/100*255,e[0]/100*255,e[0]/100*255]},i.gray.hsl=function(e){return[0,0,e[0]]},i.gray.hsv=i.gray.hsl,i.gray.hwb=function(e){return[0,100,e[0]]},i.gray.cmyk=function(e){return[0,0,0,e[0]]},i.gray.lab=function(e){return[e[0],0,0]},i.gray.hex=function(e){let t=Math.round(e[0]/100*255)&255,n=((t<<16)+(t<<8)+t).toString(16).toUpperCase();return`000000`.substring(n.length)+n},i.rgb.gray=function(e){return[(e[0]+e[1]+e[2])/3/255*100]}})),uf=/* @__PURE__ */ r(((e,t)=>{let n=lf();function r(){let e={},t=Object.keys(n);for(let n=t.length,r=0;r<n;r++)e[t[r]]={distance:-1,parent:null};return e}function i(e){let t=r(),i=[e];for(t[e].distance=0;i.length;){let e=i.pop(),r=Object.keys(n[e]);for(let n=r.length,a=0;a<n;a++){let n=r[a],o=t[n];o.distance===-1&&(o.distance=t[e].distance+1,o.parent=e,i.unshift(n))}}return t}function a(e,t){return function(n){return t(e(n))}}function o(e,t){let r=[t[e].parent,e],i=n[t[e].parent][e],o=t[e].parent;for(;t[o].parent;)r.unshift(t[o].parent),i=a(n[t[o].parent][o],i),o=t[o].parent;return i.conversion=r,i}t.exports=function(e){let t=i(e),n={},r=Object.keys(t);for(let e=r.length,i=0;i<e;i++){let e=r[i];t[e].parent!==null&&(n[e]=o(e,t))}return n}})),df=/* @__PURE__ */ r(((e,t)=>{let n=lf(),r=uf(),i={},a=Object.keys(n);function o(e){let t=function(...t){let n=t[0];return n==null?n:(n.length>1&&(t=n),e(t))};return`conversion`in e&&(t.conversion=e.conversion),t}function s(e){let t=function(...t){let n=t[0];if(n==null)return n;n.length>1&&(t=n);let r=e(t);if(typeof r==`object`)for(let e=r.length,t=0;t<e;t++)r[t]=Math.round(r[t]);return r};return`conversion`in e&&(t.conversion=e.conversion),t}a.forEach(e=>{i[e]={},Object.defineProperty(i[e],"channels",{value:n[e].channels}),Object.defineProperty(i[e],"labels",{value:n[e].labels});let t=r(e);Object.keys(t).forEach(n=>{let r=t[n];i[e][n]=s(r),i[e][n].raw=o(r)})}),t.exports=i})),ff=/* @__PURE__ */ r(((e,t)=>{let n=(e,t)=>(...n)=>`\u001B[${e(...n)+t}m`,r=(e,t)=>(...n)=>{let r=e(...n);return`\u001B[${38+t};5;${r}m`},i=(e,t)=>(...n)=>{let r=e(...n);return`\u001B[${38+t};2;${r[0]};${r[1]};${r[2]}m`},a=e=>e,o=(e,t,n)=>[e,t,n],s=(e,t,n)=>{Object.defineProperty(e,t,{get:()=>{let r=n();return Object.defineProperty(e,t,{value:r,enumerable:!0,configurable:!0}),r},enumerable:!0,configurable:!0})},c,l=(e,t,n,r)=>{c===void 0&&(c=df());let i=r?10:0,a={};for(let[r,o]of Object.entries(c)){let s=r===`ansi16`?`ansi`:r;r===t?a[s]=e(n,i):typeof o==`object`&&(a[s]=e(o[t],i))}return a};function u(){let e=/* @__PURE__ */ new Map,t={modifier:{reset:[0,0],bold:[1,22],dim:[2,22],italic:[3,23],underline:[4,24],inverse:[7,27],hidden:[8,28],strikethrough:[9,29]},color:{black:[30,39],red:[31,39],green:[32,39],yellow:[33,39],blue:[34,39],magenta:[35,39],cyan:[36,39],white:[37,39],blackBright:[90,39],redBright:[91,39],greenBright:[92,39],yellowBright:[93,39],blueBright:[94,39],magentaBright:[95,39],cyanBright:[96,39],whiteBright:[97,39]},bgColor:{bgBlack:[40,49],bgRed:[41,49],bgGreen:[42,49],bgYellow:[43,49],bgBlue:[44,49],bgMagenta:[45,49],bgCyan:[46,49],bgWhite:[47,49],bgBlackBright:[100,49],bgRedBright:[101,49],bgGreenBright:[102,49],bgYellowBright:[103,49],bgBlueBright:[104,49],bgMagentaBright:[105,49],bgCyanBright:[106,49],bgWhiteBright:[107,49]}};t.color.gray=t.color.blackBright,t.bgColor.bgGray=t.bgColor.bgBlackBright,t.color.grey=t.color.blackBright,t.bgColor.bgGrey=t.bgColor.bgBlackBright;for(let[n,r]of Object.entries(t)){for(let[n,i]of Object.entries(r))t[n]={open:`\u001B[${i[0]}m`,close:`\u001B[${i[1]}m`},r[n]=t[n],e.set(i[0],i[1]);Object.defineProperty(t,n,{value:r,enumerable:!1})}return Object.defineProperty(t,"codes",{value:e,enumerable:!1}),t.color.close=`\x1B[39m`,t.bgColor.close=`\x1B[49m`,s(t.color,`ansi`,()=>l(n,`ansi16`,a,!1)),s(t.color,`ansi256`,()=>l(r,`ansi256`,a,!1)),s(t.color,`ansi16m`,()=>l(i,`rgb`,o,!1)),s(t.bgColor,`ansi`,()=>l(n,`ansi16`,a,!0)),s(t.bgColor,`ansi256`,()=>l(r,`ansi256`,a,!0)),s(t.bgColor,`ansi16m`,()=>l(i,`rgb`,o,!0)),t}Object.defineProperty(t,"exports",{enumerable:!0,get:u})})),pf=/* @__PURE__ */ r(((e,t)=>{let n=rf(),r=sf(),i=ff(),a=[`\x1B`,``],o=e=>`${a[0]}[${e}m`,s=(e,t,n)=>{let r=[];e=[...e];for(let n of e){let a=n;n.includes(`;`)&&(n=n.split(`;`)[0][0]+`0`);let s=i.codes.get(Number.parseInt(n,10));if(s){let n=e.indexOf(s.toString());n===-1?r.push(o(t?s:a)):e.splice(n,1)}else if(t){r.push(o(0));break}else r.push(o(a))}if(t&&(r=r.filter((e,t)=>r.indexOf(e)===t),n!==void 0)){let e=o(i.codes.get(Number.parseInt(n,10)));r=r.reduce((t,n)=>n===e?[n,...t]:[...t,n],[])}return r.join(``)};t.exports=(e,t,i)=>{let o=[...e],c=[],l=typeof i==`number`?i:o.length,u=!1,d,f=0,p=``;for(let[m,h]of o.entries()){let o=!1;if(a.includes(h)){let t=/\d[^m]*/.exec(e.slice(m,m+18));d=t&&t.length>0?t[0]:void 0,f<l&&(u=!0,d!==void 0&&c.push(d))}else u&&h===`m`&&(u=!1,o=!0);if(!u&&!o&&f++,!r({exact:!0}).test(h)&&n(h.codePointAt())&&(f++,typeof i!=`number`&&l++),f>t&&f<=l)p+=h;else if(f===t&&!u&&d!==void 0)p=s(c);else if(f>=l){p+=s(c,!0,d);break}}return p}})),mf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.getBorderCharacters=void 0,e.getBorderCharacters=e=>{if(e===`honeywell`)return{topBody:`═`,topJoin:`╤`,topLeft:`╔`,topRight:`╗`,bottomBody:`═`,bottomJoin:`╧`,bottomLeft:`╚`,bottomRight:`╝`,bodyLeft:`║`,bodyRight:`║`,bodyJoin:`│`,headerJoin:`┬`,joinBody:`─`,joinLeft:`╟`,joinRight:`╢`,joinJoin:`┼`};if(e===`norc`)return{topBody:`─`,topJoin:`┬`,topLeft:`┌`,topRight:`┐`,bottomBody:`─`,bottomJoin:`┴`,bottomLeft:`└`,bottomRight:`┘`,bodyLeft:`│`,bodyRight:`│`,bodyJoin:`│`,headerJoin:`┬`,joinBody:`─`,joinLeft:`├`,joinRight:`┤`,joinJoin:`┼`};if(e===`ramac`)return{topBody:`-`,topJoin:`+`,topLeft:`+`,topRight:`+`,bottomBody:`-`,bottomJoin:`+`,bottomLeft:`+`,bottomRight:`+`,bodyLeft:`|`,bodyRight:`|`,bodyJoin:`|`,headerJoin:`+`,joinBody:`-`,joinLeft:`|`,joinRight:`|`,joinJoin:`|`};if(e===`void`)return{topBody:``,topJoin:``,topLeft:``,topRight:``,bottomBody:``,bottomJoin:``,bottomLeft:``,bottomRight:``,bodyLeft:``,bodyRight:``,bodyJoin:``,headerJoin:``,joinBody:``,joinLeft:``,joinRight:``,joinJoin:``};throw Error(`Unknown border template "`+e+`".`)}})),hf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.distributeUnevenly=e.countSpaceSequence=e.groupBySizes=e.makeBorderConfig=e.splitAnsi=e.normalizeString=void 0;let i=r(pf()),a=r(of()),o=r(nf()),s=mf();e.normalizeString=e=>e.replace(/\r\n/g,`
`),e.splitAnsi=e=>{let t=o.default(e).split(`
`).map(a.default),n=[],r=0;return t.forEach(t=>{n.push(t===0?``:i.default(e,r,r+t)),r+=t+1}),n},e.makeBorderConfig=e=>({...s.getBorderCharacters(`honeywell`),...e}),e.groupBySizes=(e,t)=>{let n=0;return t.map(t=>{let r=e.slice(n,n+t);return n+=t,r})},e.countSpaceSequence=e=>e.match(/\s+/g)?.length??0,e.distributeUnevenly=(e,t)=>Array.from({length:t}).fill(Math.floor(e/t)).map((n,r)=>n+ +(r<e%t))})),gf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.alignString=void 0;let i=r(of()),a=hf(),o=(e,t)=>e+` `.repeat(t),s=(e,t)=>` `.repeat(t)+e,c=(e,t)=>` `.repeat(Math.floor(t/2))+e+` `.repeat(Math.ceil(t/2)),l=(e,t)=>{let n=a.countSpaceSequence(e);if(n===0)return o(e,t);let r=a.distributeUnevenly(t,n);if(Math.max(...r)>3)return o(e,t);let i=0;return e.replace(/\s+/g,e=>e+` `.repeat(r[i++]))};e.alignString=(e,t,n)=>{let r=i.default(e);if(r===t)return e;if(r>t)throw Error(`Subject parameter value width cannot be greater than the container width.`);if(r===0)return` `.repeat(t);let a=t-r;return n===`left`?o(e,a):n===`right`?s(e,a):n===`justify`?l(e,a):c(e,a)}})),_f=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.alignTableData=void 0;let t=gf();e.alignTableData=(e,n)=>e.map(e=>e.map((e,r)=>{let{width:i,alignment:a}=n.columns[r];return t.alignString(e,i,a)}))})),vf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.wrapString=void 0;let i=r(pf()),a=r(of());e.wrapString=(e,t)=>{let n=e,r=[];do r.push(i.default(n,0,t)),n=i.default(n,t).trim();while(a.default(n));return r}})),yf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.wrapWord=void 0;let i=r(pf()),a=r(nf()),o=(e,t)=>{let n=a.default(e),r=[],i=RegExp(`(^.{1,`+String(t)+`}(\\s+|$))|(^.{1,`+String(t-1)+`}(\\\\|/|_|\\.|,|;|-))`);do{let e,a=i.exec(n);if(a){e=a[0],n=n.slice(e.length);let t=e.trim().length,i=e.length-t;r.push([t,i])}else e=n.slice(0,t),n=n.slice(t),r.push([e.length,0])}while(n.length);return r};e.wrapWord=(e,t)=>{let n=[],r=0;return o(e,t).forEach(([t,a])=>{n.push(i.default(e,r,r+t)),r+=t+a}),n}})),bf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.wrapCell=void 0;let t=hf(),n=vf(),r=yf();e.wrapCell=(e,i,a)=>{let o=t.splitAnsi(e);for(let e=0;e<o.length;){let t;t=a?r.wrapWord(o[e],i):n.wrapString(o[e],i),o.splice(e,1,...t),e+=t.length}return o}})),xf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.calculateCellHeight=void 0;let t=bf();e.calculateCellHeight=(e,n,r=!1)=>t.wrapCell(e,n,r).length})),Sf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.calculateRowHeights=void 0;let t=xf();e.calculateRowHeights=(e,n)=>e.map(e=>{let r=1;return e.forEach((e,i)=>{let a=t.calculateCellHeight(e,n.columns[i].width,n.columns[i].wrapWord);r=Math.max(r,a)}),r})})),Cf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.drawContent=void 0,e.drawContent=(e,t)=>{let{separatorGetter:n,drawSeparator:r}=t,i=e.length,a=[];return r(0,i)&&a.push(n(0,i)),e.forEach((e,t)=>{a.push(e),t+1<i&&r(t+1,i)&&a.push(n(t+1,i))}),r(i,i)&&a.push(n(i,i)),a.join(``)}})),wf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.drawBorderTop=e.drawBorderJoin=e.drawBorderBottom=e.drawBorder=e.createTableBorderGetter=void 0;let t=Cf(),n=(e,n)=>{let{separator:r,drawVerticalLine:i}=n,a=e.map(e=>n.separator.body.repeat(e));return t.drawContent(a,{drawSeparator:i,separatorGetter:(e,t)=>e===0?r.left:e===t?r.right:r.join})+`
`};e.drawBorder=n;let r=(e,t)=>{let r=n(e,{...t,separator:{body:t.border.topBody,join:t.border.topJoin,left:t.border.topLeft,right:t.border.topRight}});return r===`
`?``:r};e.drawBorderTop=r;let i=(e,t)=>n(e,{...t,separator:{body:t.border.joinBody,join:t.border.joinJoin,left:t.border.joinLeft,right:t.border.joinRight}});e.drawBorderJoin=i;let a=(e,t)=>n(e,{...t,separator:{body:t.border.bottomBody,join:t.border.bottomJoin,left:t.border.bottomLeft,right:t.border.bottomRight}});e.drawBorderBottom=a,e.createTableBorderGetter=(e,t)=>(n,o)=>t.header?n===0?r(e,{...t,border:{...t.border,topJoin:t.border.topBody}}):n===1?i(e,{...t,border:{...t.border,joinJoin:t.border.headerJoin}}):n===o?a(e,t):i(e,t):n===0?r(e,t):n===o?a(e,t):i(e,t)})),Tf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.drawRow=void 0;let t=Cf();e.drawRow=(e,n)=>{let{border:r,drawVerticalLine:i}=n;return t.drawContent(e,{drawSeparator:i,separatorGetter:(e,t)=>e===0?r.bodyLeft:e===t?r.bodyRight:r.bodyJoin})+`
`}})),Ef=/* @__PURE__ */ r(((e,t)=>{var n=`__lodash_hash_undefined__`,r=9007199254740991,i=`[object Arguments]`,a=`[object Array]`,o=`[object Boolean]`,s=`[object Date]`,c=`[object Error]`,l=`[object Function]`,u=`[object GeneratorFunction]`,d=`[object Map]`,f=`[object Number]`,p=`[object Object]`,m=`[object Promise]`,h=`[object RegExp]`,g=`[object Set]`,_=`[object String]`,v=`[object Symbol]`,y=`[object WeakMap]`,b=`[object ArrayBuffer]`,x=`[object DataView]`,S=`[object Float32Array]`,C=`[object Float64Array]`,w=`[object Int8Array]`,T=`[object Int16Array]`,E=`[object Int32Array]`,D=`[object Uint8Array]`,O=`[object Uint8ClampedArray]`,k=`[object Uint16Array]`,A=`[object Uint32Array]`,j=/[\\^$.*+?()[\]{}|]/g,ee=/\w*$/,M=/^\[object .+?Constructor\]$/,N=/^(?:0|[1-9]\d*)$/,P={};P[i]=P[a]=P[b]=P[x]=P[o]=P[s]=P[S]=P[C]=P[w]=P[T]=P[E]=P[d]=P[f]=P[p]=P[h]=P[g]=P[_]=P[v]=P[D]=P[O]=P[k]=P[A]=!0,P[c]=P[l]=P[y]=!1;var te=typeof global==`object`&&global&&global.Object===Object&&global,ne=typeof self==`object`&&self&&self.Object===Object&&self,F=te||ne||Function(`return this`)(),I=typeof e==`object`&&e&&!e.nodeType&&e,L=I&&typeof t==`object`&&t&&!t.nodeType&&t,re=L&&L.exports===I;function ie(e,t){return e.set(t[0],t[1]),e}function ae(e,t){return e.add(t),e}function oe(e,t){for(var n=-1,r=e?e.length:0;++n<r&&t(e[n],n,e)!==!1;);return e}function se(e,t){for(var n=-1,r=t.length,i=e.length;++n<r;)e[i+n]=t[n];return e}function ce(e,t,n,r){var i=-1,a=e?e.length:0;for(r&&a&&(n=e[++i]);++i<a;)n=t(n,e[i],i,e);return n}function le(e,t){for(var n=-1,r=Array(e);++n<e;)r[n]=t(n);return r}function ue(e,t){return e?.[t]}function de(e){var t=!1;if(e!=null&&typeof e.toString!=`function`)try{t=!!(e+``)}catch{}return t}function fe(e){var t=-1,n=Array(e.size);return e.forEach(function(e,r){n[++t]=[r,e]}),n}function R(e,t){return function(n){return e(t(n))}}function pe(e){var t=-1,n=Array(e.size);return e.forEach(function(e){n[++t]=e}),n}var me=Array.prototype,he=Function.prototype,ge=Object.prototype,_e=F[`__core-js_shared__`],ve=function(){var e=/[^.]+$/.exec(_e&&_e.keys&&_e.keys.IE_PROTO||``);return e?`Symbol(src)_1.`+e:``}(),ye=he.toString,z=ge.hasOwnProperty,B=ge.toString,be=RegExp(`^`+ye.call(z).replace(j,`\\$&`).replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g,`$1.*?`)+`$`),xe=re?F.Buffer:void 0,Se=F.Symbol,Ce=F.Uint8Array,we=R(Object.getPrototypeOf,Object),Te=Object.create,Ee=ge.propertyIsEnumerable,De=me.splice,Oe=Object.getOwnPropertySymbols,ke=xe?xe.isBuffer:void 0,Ae=R(Object.keys,Object),je=Pt(F,`DataView`),Me=Pt(F,`Map`),Ne=Pt(F,`Promise`),Pe=Pt(F,`Set`),Fe=Pt(F,`WeakMap`),Ie=Pt(Object,`create`),Le=G(je),Re=G(Me),ze=G(Ne),Be=G(Pe),Ve=G(Fe),He=Se?Se.prototype:void 0,Ue=He?He.valueOf:void 0;function V(e){var t=-1,n=e?e.length:0;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}function We(){this.__data__=Ie?Ie(null):{}}function Ge(e){return this.has(e)&&delete this.__data__[e]}function Ke(e){var t=this.__data__;if(Ie){var r=t[e];return r===n?void 0:r}return z.call(t,e)?t[e]:void 0}function qe(e){var t=this.__data__;return Ie?t[e]!==void 0:z.call(t,e)}function Je(e,t){var r=this.__data__;return r[e]=Ie&&t===void 0?n:t,this}V.prototype.clear=We,V.prototype.delete=Ge,V.prototype.get=Ke,V.prototype.has=qe,V.prototype.set=Je;function H(e){var t=-1,n=e?e.length:0;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}function Ye(){this.__data__=[]}function Xe(e){var t=this.__data__,n=pt(t,e);return n<0?!1:(n==t.length-1?t.pop():De.call(t,n,1),!0)}function Ze(e){var t=this.__data__,n=pt(t,e);return n<0?void 0:t[n][1]}function Qe(e){return pt(this.__data__,e)>-1}function $e(e,t){var n=this.__data__,r=pt(n,e);return r<0?n.push([e,t]):n[r][1]=t,this}H.prototype.clear=Ye,H.prototype.delete=Xe,H.prototype.get=Ze,H.prototype.has=Qe,H.prototype.set=$e;function U(e){var t=-1,n=e?e.length:0;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}function et(){this.__data__={hash:new V,map:new(Me||H),string:new V}}function tt(e){return Nt(this,e).delete(e)}function nt(e){return Nt(this,e).get(e)}function rt(e){return Nt(this,e).has(e)}function it(e,t){return Nt(this,e).set(e,t),this}U.prototype.clear=et,U.prototype.delete=tt,U.prototype.get=nt,U.prototype.has=rt,U.prototype.set=it;function at(e){this.__data__=new H(e)}function ot(){this.__data__=new H}function st(e){return this.__data__.delete(e)}function ct(e){return this.__data__.get(e)}function lt(e){return this.__data__.has(e)}function ut(e,t){var n=this.__data__;if(n instanceof H){var r=n.__data__;if(!Me||r.length<199)return r.push([e,t]),this;n=this.__data__=new U(r)}return n.set(e,t),this}at.prototype.clear=ot,at.prototype.delete=st,at.prototype.get=ct,at.prototype.has=lt,at.prototype.set=ut;function dt(e,t){var n=Kt(e)||Gt(e)?le(e.length,String):[],r=n.length,i=!!r;for(var a in e)(t||z.call(e,a))&&(!i||a!=`length`&&!zt(a,r))&&n.push(a);return n}function ft(e,t,n){var r=e[t];(!(z.call(e,t)&&Wt(r,n))||n===void 0&&!(t in e))&&(e[t]=n)}function pt(e,t){for(var n=e.length;n--;)if(Wt(e[n][0],t))return n;return-1}function mt(e,t){return e&&At(t,en(t),e)}function ht(e,t,n,r,a,o,s){var c;if(r&&(c=o?r(e,a,o,s):r(e)),c!==void 0)return c;if(!Qt(e))return e;var d=Kt(e);if(d){if(c=It(e),!t)return kt(e,c)}else{var f=W(e),m=f==l||f==u;if(Yt(e))return xt(e,t);if(f==p||f==i||m&&!o){if(de(e))return o?e:{};if(c=Lt(m?{}:e),!t)return jt(e,mt(c,e))}else{if(!P[f])return o?e:{};c=Rt(e,f,ht,t)}}s||=new at;var h=s.get(e);if(h)return h;if(s.set(e,c),!d)var g=n?Mt(e):en(e);return oe(g||e,function(i,a){g&&(a=i,i=e[a]),ft(c,a,ht(i,t,n,r,a,e,s))}),c}function gt(e){return Qt(e)?Te(e):{}}function _t(e,t,n){var r=t(e);return Kt(e)?r:se(r,n(e))}function vt(e){return B.call(e)}function yt(e){return!Qt(e)||Vt(e)?!1:(Xt(e)||de(e)?be:M).test(G(e))}function bt(e){if(!Ht(e))return Ae(e);var t=[];for(var n in Object(e))z.call(e,n)&&n!=`constructor`&&t.push(n);return t}function xt(e,t){if(t)return e.slice();var n=new e.constructor(e.length);return e.copy(n),n}function St(e){var t=new e.constructor(e.byteLength);return new Ce(t).set(new Ce(e)),t}function Ct(e,t){var n=t?St(e.buffer):e.buffer;return new e.constructor(n,e.byteOffset,e.byteLength)}function wt(e,t,n){return ce(t?n(fe(e),!0):fe(e),ie,new e.constructor)}function Tt(e){var t=new e.constructor(e.source,ee.exec(e));return t.lastIndex=e.lastIndex,t}function Et(e,t,n){return ce(t?n(pe(e),!0):pe(e),ae,new e.constructor)}function Dt(e){return Ue?Object(Ue.call(e)):{}}function Ot(e,t){var n=t?St(e.buffer):e.buffer;return new e.constructor(n,e.byteOffset,e.length)}function kt(e,t){var n=-1,r=e.length;for(t||=Array(r);++n<r;)t[n]=e[n];return t}function At(e,t,n,r){n||={};for(var i=-1,a=t.length;++i<a;){var o=t[i],s=r?r(n[o],e[o],o,n,e):void 0;ft(n,o,s===void 0?e[o]:s)}return n}function jt(e,t){return At(e,Ft(e),t)}function Mt(e){return _t(e,en,Ft)}function Nt(e,t){var n=e.__data__;return Bt(t)?n[typeof t==`string`?`string`:`hash`]:n.map}function Pt(e,t){var n=ue(e,t);return yt(n)?n:void 0}var Ft=Oe?R(Oe,Object):tn,W=vt;(je&&W(new je(/* @__PURE__ */ new ArrayBuffer(1)))!=x||Me&&W(new Me)!=d||Ne&&W(Ne.resolve())!=m||Pe&&W(new Pe)!=g||Fe&&W(new Fe)!=y)&&(W=function(e){var t=B.call(e),n=t==p?e.constructor:void 0,r=n?G(n):void 0;if(r)switch(r){case Le:return x;case Re:return d;case ze:return m;case Be:return g;case Ve:return y}return t});function It(e){var t=e.length,n=e.constructor(t);return t&&typeof e[0]==`string`&&z.call(e,`index`)&&(n.index=e.index,n.input=e.input),n}function Lt(e){return typeof e.constructor==`function`&&!Ht(e)?gt(we(e)):{}}function Rt(e,t,n,r){var i=e.constructor;switch(t){case b:return St(e);case o:case s:return new i(+e);case x:return Ct(e,r);case S:case C:case w:case T:case E:case D:case O:case k:case A:return Ot(e,r);case d:return wt(e,r,n);case f:case _:return new i(e);case h:return Tt(e);case g:return Et(e,r,n);case v:return Dt(e)}}function zt(e,t){return t??=r,!!t&&(typeof e==`number`||N.test(e))&&e>-1&&e%1==0&&e<t}function Bt(e){var t=typeof e;return t==`string`||t==`number`||t==`symbol`||t==`boolean`?e!==`__proto__`:e===null}function Vt(e){return!!ve&&ve in e}function Ht(e){var t=e&&e.constructor;return e===(typeof t==`function`&&t.prototype||ge)}function G(e){if(e!=null){try{return ye.call(e)}catch{}try{return e+``}catch{}}return``}function Ut(e){return ht(e,!0,!0)}function Wt(e,t){return e===t||e!==e&&t!==t}function Gt(e){return Jt(e)&&z.call(e,`callee`)&&(!Ee.call(e,`callee`)||B.call(e)==i)}var Kt=Array.isArray;function qt(e){return e!=null&&Zt(e.length)&&!Xt(e)}function Jt(e){return $t(e)&&qt(e)}var Yt=ke||nn;function Xt(e){var t=Qt(e)?B.call(e):``;return t==l||t==u}function Zt(e){return typeof e==`number`&&e>-1&&e%1==0&&e<=r}function Qt(e){var t=typeof e;return!!e&&(t==`object`||t==`function`)}function $t(e){return!!e&&typeof e==`object`}function en(e){return qt(e)?dt(e):bt(e)}function tn(){return[]}function nn(){return!1}t.exports=Ut})),Df=/* @__PURE__ */ r(((e,t)=>{t.exports=function e(t,n){if(t===n)return!0;if(t&&n&&typeof t==`object`&&typeof n==`object`){if(t.constructor!==n.constructor)return!1;var r,i,a;if(Array.isArray(t)){if(r=t.length,r!=n.length)return!1;for(i=r;i--!==0;)if(!e(t[i],n[i]))return!1;return!0}if(t.constructor===RegExp)return t.source===n.source&&t.flags===n.flags;if(t.valueOf!==Object.prototype.valueOf)return t.valueOf()===n.valueOf();if(t.toString!==Object.prototype.toString)return t.toString()===n.toString();if(a=Object.keys(t),r=a.length,r!==Object.keys(n).length)return!1;for(i=r;i--!==0;)if(!Object.prototype.hasOwnProperty.call(n,a[i]))return!1;for(i=r;i--!==0;){var o=a[i];if(!e(t[o],n[o]))return!1}return!0}return t!==t&&n!==n}})),Of=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0});let t=Df();t.code=`require("ajv/dist/runtime/equal").default`,e.default=t})),kf=/* @__PURE__ */ r((e=>{e["config.json"]=p;let t={type:`object`,properties:{topBody:{$ref:`#/definitions/border`},topJoin:{$ref:`#/definitions/border`},topLeft:{$ref:`#/definitions/border`},topRight:{$ref:`#/definitions/border`},bottomBody:{$ref:`#/definitions/border`},bottomJoin:{$ref:`#/definitions/border`},bottomLeft:{$ref:`#/definitions/border`},bottomRight:{$ref:`#/definitions/border`},bodyLeft:{$ref:`#/definitions/border`},bodyRight:{$ref:`#/definitions/border`},bodyJoin:{$ref:`#/definitions/border`},headerJoin:{$ref:`#/definitions/border`},joinBody:{$ref:`#/definitions/border`},joinLeft:{$ref:`#/definitions/border`},joinRight:{$ref:`#/definitions/border`},joinJoin:{$ref:`#/definitions/border`}},additionalProperties:!1},n=Object.prototype.hasOwnProperty;function r(e,{instancePath:t=``,parentData:n,parentDataProperty:i,rootData:a=e}={}){let o=null,s=0;if(typeof e!=`string`){let e={instancePath:t,schemaPath:`#/type`,keyword:`type`,params:{type:`string`},message:`must be string`};o===null?o=[e]:o.push(e),s++}return r.errors=o,s===0}function i(e,{instancePath:a=``,parentData:o,parentDataProperty:s,rootData:c=e}={}){let l=null,u=0;if(e&&typeof e==`object`&&!Array.isArray(e)){for(let r in e)if(!n.call(t.properties,r)){let e={instancePath:a,schemaPath:`#/additionalProperties`,keyword:`additionalProperties`,params:{additionalProperty:r},message:`must NOT have additional properties`};l===null?l=[e]:l.push(e),u++}e.topBody!==void 0&&(r(e.topBody,{instancePath:a+`/topBody`,parentData:e,parentDataProperty:`topBody`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.topJoin!==void 0&&(r(e.topJoin,{instancePath:a+`/topJoin`,parentData:e,parentDataProperty:`topJoin`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.topLeft!==void 0&&(r(e.topLeft,{instancePath:a+`/topLeft`,parentData:e,parentDataProperty:`topLeft`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.topRight!==void 0&&(r(e.topRight,{instancePath:a+`/topRight`,parentData:e,parentDataProperty:`topRight`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.bottomBody!==void 0&&(r(e.bottomBody,{instancePath:a+`/bottomBody`,parentData:e,parentDataProperty:`bottomBody`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.bottomJoin!==void 0&&(r(e.bottomJoin,{instancePath:a+`/bottomJoin`,parentData:e,parentDataProperty:`bottomJoin`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.bottomLeft!==void 0&&(r(e.bottomLeft,{instancePath:a+`/bottomLeft`,parentData:e,parentDataProperty:`bottomLeft`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.bottomRight!==void 0&&(r(e.bottomRight,{instancePath:a+`/bottomRight`,parentData:e,parentDataProperty:`bottomRight`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.bodyLeft!==void 0&&(r(e.bodyLeft,{instancePath:a+`/bodyLeft`,parentData:e,parentDataProperty:`bodyLeft`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.bodyRight!==void 0&&(r(e.bodyRight,{instancePath:a+`/bodyRight`,parentData:e,parentDataProperty:`bodyRight`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.bodyJoin!==void 0&&(r(e.bodyJoin,{instancePath:a+`/bodyJoin`,parentData:e,parentDataProperty:`bodyJoin`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.headerJoin!==void 0&&(r(e.headerJoin,{instancePath:a+`/headerJoin`,parentData:e,parentDataProperty:`headerJoin`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.joinBody!==void 0&&(r(e.joinBody,{instancePath:a+`/joinBody`,parentData:e,parentDataProperty:`joinBody`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.joinLeft!==void 0&&(r(e.joinLeft,{instancePath:a+`/joinLeft`,parentData:e,parentDataProperty:`joinLeft`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.joinRight!==void 0&&(r(e.joinRight,{instancePath:a+`/joinRight`,parentData:e,parentDataProperty:`joinRight`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length)),e.joinJoin!==void 0&&(r(e.joinJoin,{instancePath:a+`/joinJoin`,parentData:e,parentDataProperty:`joinJoin`,rootData:c})||(l=l===null?r.errors:l.concat(r.errors),u=l.length))}else{let e={instancePath:a,schemaPath:`#/type`,keyword:`type`,params:{type:`object`},message:`must be object`};l===null?l=[e]:l.push(e),u++}return i.errors=l,u===0}let a={type:`string`,enum:[`left`,`right`,`center`,`justify`]};Of().default;function o(e,{instancePath:t=``,parentData:n,parentDataProperty:r,rootData:i=e}={}){let s=null,c=0;if(typeof e!=`string`){let e={instancePath:t,schemaPath:`#/type`,keyword:`type`,params:{type:`string`},message:`must be string`};s===null?s=[e]:s.push(e),c++}if(e!==`left`&&e!==`right`&&e!==`center`&&e!==`justify`){let e={instancePath:t,schemaPath:`#/enum`,keyword:`enum`,params:{allowedValues:a.enum},message:`must be equal to one of the allowed values`};s===null?s=[e]:s.push(e),c++}return o.errors=s,c===0}let s=/* @__PURE__ */ RegExp(`^[0-9]+$`,`u`),c={type:`object`,properties:{alignment:{$ref:`#/definitions/alignment`},verticalAlignment:{type:`string`,enum:[`top`,`middle`,`bottom`]},width:{type:`integer`,minimum:1},wrapWord:{type:`boolean`},truncate:{type:`integer`},paddingLeft:{type:`integer`},paddingRight:{type:`integer`}},additionalProperties:!1};function l(e,{instancePath:t=``,parentData:n,parentDataProperty:r,rootData:i=e}={}){let o=null,s=0;if(typeof e!=`string`){let e={instancePath:t,schemaPath:`#/type`,keyword:`type`,params:{type:`string`},message:`must be string`};o===null?o=[e]:o.push(e),s++}if(e!==`left`&&e!==`right`&&e!==`center`&&e!==`justify`){let e={instancePath:t,schemaPath:`#/enum`,keyword:`enum`,params:{allowedValues:a.enum},message:`must be equal to one of the allowed values`};o===null?o=[e]:o.push(e),s++}return l.errors=o,s===0}function u(e,{instancePath:t=``,parentData:n,parentDataProperty:r,rootData:i=e}={}){let a=null,o=0;if(e&&typeof e==`object`&&!Array.isArray(e)){for(let n in e)if(n!==`alignment`&&n!==`verticalAlignment`&&n!==`width`&&n!==`wrapWord`&&n!==`truncate`&&n!==`paddingLeft`&&n!==`paddingRight`){let e={instancePath:t,schemaPath:`#/additionalProperties`,keyword:`additionalProperties`,params:{additionalProperty:n},message:`must NOT have additional properties`};a===null?a=[e]:a.push(e),o++}if(e.alignment!==void 0&&(l(e.alignment,{instancePath:t+`/alignment`,parentData:e,parentDataProperty:`alignment`,rootData:i})||(a=a===null?l.errors:a.concat(l.errors),o=a.length)),e.verticalAlignment!==void 0){let n=e.verticalAlignment;if(typeof n!=`string`){let e={instancePath:t+`/verticalAlignment`,schemaPath:`#/properties/verticalAlignment/type`,keyword:`type`,params:{type:`string`},message:`must be string`};a===null?a=[e]:a.push(e),o++}if(n!==`top`&&n!==`middle`&&n!==`bottom`){let e={instancePath:t+`/verticalAlignment`,schemaPath:`#/properties/verticalAlignment/enum`,keyword:`enum`,params:{allowedValues:c.properties.verticalAlignment.enum},message:`must be equal to one of the allowed values`};a===null?a=[e]:a.push(e),o++}}if(e.width!==void 0){let n=e.width;if(typeof n!=`number`||n%1||isNaN(n)||!isFinite(n)){let e={instancePath:t+`/width`,schemaPath:`#/properties/width/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};a===null?a=[e]:a.push(e),o++}if(typeof n==`number`&&isFinite(n)&&(n<1||isNaN(n))){let e={instancePath:t+`/width`,schemaPath:`#/properties/width/minimum`,keyword:`minimum`,params:{comparison:`>=`,limit:1},message:`must be >= 1`};a===null?a=[e]:a.push(e),o++}}if(e.wrapWord!==void 0&&typeof e.wrapWord!=`boolean`){let e={instancePath:t+`/wrapWord`,schemaPath:`#/properties/wrapWord/type`,keyword:`type`,params:{type:`boolean`},message:`must be boolean`};a===null?a=[e]:a.push(e),o++}if(e.truncate!==void 0){let n=e.truncate;if(typeof n!=`number`||n%1||isNaN(n)||!isFinite(n)){let e={instancePath:t+`/truncate`,schemaPath:`#/properties/truncate/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};a===null?a=[e]:a.push(e),o++}}if(e.paddingLeft!==void 0){let n=e.paddingLeft;if(typeof n!=`number`||n%1||isNaN(n)||!isFinite(n)){let e={instancePath:t+`/paddingLeft`,schemaPath:`#/properties/paddingLeft/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};a===null?a=[e]:a.push(e),o++}}if(e.paddingRight!==void 0){let n=e.paddingRight;if(typeof n!=`number`||n%1||isNaN(n)||!isFinite(n)){let e={instancePath:t+`/paddingRight`,schemaPath:`#/properties/paddingRight/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};a===null?a=[e]:a.push(e),o++}}}else{let e={instancePath:t,schemaPath:`#/type`,keyword:`type`,params:{type:`object`},message:`must be object`};a===null?a=[e]:a.push(e),o++}return u.errors=a,o===0}function d(e,{instancePath:t=``,parentData:n,parentDataProperty:r,rootData:i=e}={}){let a=null,o=0,c=o,l=!1,f=null,p=o;if(e&&typeof e==`object`&&!Array.isArray(e)){for(let n in e)if(!s.test(n)){let e={instancePath:t,schemaPath:`#/oneOf/0/additionalProperties`,keyword:`additionalProperties`,params:{additionalProperty:n},message:`must NOT have additional properties`};a===null?a=[e]:a.push(e),o++}for(let n in e)s.test(n)&&(u(e[n],{instancePath:t+`/`+n.replace(/~/g,`~0`).replace(/\//g,`~1`),parentData:e,parentDataProperty:n,rootData:i})||(a=a===null?u.errors:a.concat(u.errors),o=a.length))}else{let e={instancePath:t,schemaPath:`#/oneOf/0/type`,keyword:`type`,params:{type:`object`},message:`must be object`};a===null?a=[e]:a.push(e),o++}var m=p===o;m&&(l=!0,f=0);let h=o;if(Array.isArray(e)){let n=e.length;for(let r=0;r<n;r++)u(e[r],{instancePath:t+`/`+r,parentData:e,parentDataProperty:r,rootData:i})||(a=a===null?u.errors:a.concat(u.errors),o=a.length)}else{let e={instancePath:t,schemaPath:`#/oneOf/1/type`,keyword:`type`,params:{type:`array`},message:`must be array`};a===null?a=[e]:a.push(e),o++}var m=h===o;if(m&&l?(l=!1,f=[f,1]):m&&(l=!0,f=1),l)o=c,a!==null&&(c?a.length=c:a=null);else{let e={instancePath:t,schemaPath:`#/oneOf`,keyword:`oneOf`,params:{passingSchemas:f},message:`must match exactly one schema in oneOf`};a===null?a=[e]:a.push(e),o++}return d.errors=a,o===0}function f(e,{instancePath:t=``,parentData:n,parentDataProperty:r,rootData:i=e}={}){let a=null,o=0;if(e&&typeof e==`object`&&!Array.isArray(e)){for(let n in e)if(n!==`alignment`&&n!==`verticalAlignment`&&n!==`width`&&n!==`wrapWord`&&n!==`truncate`&&n!==`paddingLeft`&&n!==`paddingRight`){let e={instancePath:t,schemaPath:`#/additionalProperties`,keyword:`additionalProperties`,params:{additionalProperty:n},message:`must NOT have additional properties`};a===null?a=[e]:a.push(e),o++}if(e.alignment!==void 0&&(l(e.alignment,{instancePath:t+`/alignment`,parentData:e,parentDataProperty:`alignment`,rootData:i})||(a=a===null?l.errors:a.concat(l.errors),o=a.length)),e.verticalAlignment!==void 0){let n=e.verticalAlignment;if(typeof n!=`string`){let e={instancePath:t+`/verticalAlignment`,schemaPath:`#/properties/verticalAlignment/type`,keyword:`type`,params:{type:`string`},message:`must be string`};a===null?a=[e]:a.push(e),o++}if(n!==`top`&&n!==`middle`&&n!==`bottom`){let e={instancePath:t+`/verticalAlignment`,schemaPath:`#/properties/verticalAlignment/enum`,keyword:`enum`,params:{allowedValues:c.properties.verticalAlignment.enum},message:`must be equal to one of the allowed values`};a===null?a=[e]:a.push(e),o++}}if(e.width!==void 0){let n=e.width;if(typeof n!=`number`||n%1||isNaN(n)||!isFinite(n)){let e={instancePath:t+`/width`,schemaPath:`#/properties/width/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};a===null?a=[e]:a.push(e),o++}if(typeof n==`number`&&isFinite(n)&&(n<1||isNaN(n))){let e={instancePath:t+`/width`,schemaPath:`#/properties/width/minimum`,keyword:`minimum`,params:{comparison:`>=`,limit:1},message:`must be >= 1`};a===null?a=[e]:a.push(e),o++}}if(e.wrapWord!==void 0&&typeof e.wrapWord!=`boolean`){let e={instancePath:t+`/wrapWord`,schemaPath:`#/properties/wrapWord/type`,keyword:`type`,params:{type:`boolean`},message:`must be boolean`};a===null?a=[e]:a.push(e),o++}if(e.truncate!==void 0){let n=e.truncate;if(typeof n!=`number`||n%1||isNaN(n)||!isFinite(n)){let e={instancePath:t+`/truncate`,schemaPath:`#/properties/truncate/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};a===null?a=[e]:a.push(e),o++}}if(e.paddingLeft!==void 0){let n=e.paddingLeft;if(typeof n!=`number`||n%1||isNaN(n)||!isFinite(n)){let e={instancePath:t+`/paddingLeft`,schemaPath:`#/properties/paddingLeft/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};a===null?a=[e]:a.push(e),o++}}if(e.paddingRight!==void 0){let n=e.paddingRight;if(typeof n!=`number`||n%1||isNaN(n)||!isFinite(n)){let e={instancePath:t+`/paddingRight`,schemaPath:`#/properties/paddingRight/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};a===null?a=[e]:a.push(e),o++}}}else{let e={instancePath:t,schemaPath:`#/type`,keyword:`type`,params:{type:`object`},message:`must be object`};a===null?a=[e]:a.push(e),o++}return f.errors=a,o===0}function p(e,{instancePath:t=``,parentData:n,parentDataProperty:r,rootData:a=e}={}){let s=null,c=0;if(e&&typeof e==`object`&&!Array.isArray(e)){for(let n in e)if(n!==`border`&&n!==`header`&&n!==`columns`&&n!==`columnDefault`&&n!==`drawVerticalLine`&&n!==`drawHorizontalLine`&&n!==`singleLine`){let e={instancePath:t,schemaPath:`#/additionalProperties`,keyword:`additionalProperties`,params:{additionalProperty:n},message:`must NOT have additional properties`};s===null?s=[e]:s.push(e),c++}if(e.border!==void 0&&(i(e.border,{instancePath:t+`/border`,parentData:e,parentDataProperty:`border`,rootData:a})||(s=s===null?i.errors:s.concat(i.errors),c=s.length)),e.header!==void 0){let n=e.header;if(n&&typeof n==`object`&&!Array.isArray(n)){if(n.content===void 0){let e={instancePath:t+`/header`,schemaPath:`#/properties/header/required`,keyword:`required`,params:{missingProperty:`content`},message:`must have required property 'content'`};s===null?s=[e]:s.push(e),c++}for(let e in n)if(e!==`content`&&e!==`alignment`&&e!==`wrapWord`&&e!==`truncate`&&e!==`paddingLeft`&&e!==`paddingRight`){let n={instancePath:t+`/header`,schemaPath:`#/properties/header/additionalProperties`,keyword:`additionalProperties`,params:{additionalProperty:e},message:`must NOT have additional properties`};s===null?s=[n]:s.push(n),c++}if(n.content!==void 0&&typeof n.content!=`string`){let e={instancePath:t+`/header/content`,schemaPath:`#/properties/header/properties/content/type`,keyword:`type`,params:{type:`string`},message:`must be string`};s===null?s=[e]:s.push(e),c++}if(n.alignment!==void 0&&(o(n.alignment,{instancePath:t+`/header/alignment`,parentData:n,parentDataProperty:`alignment`,rootData:a})||(s=s===null?o.errors:s.concat(o.errors),c=s.length)),n.wrapWord!==void 0&&typeof n.wrapWord!=`boolean`){let e={instancePath:t+`/header/wrapWord`,schemaPath:`#/properties/header/properties/wrapWord/type`,keyword:`type`,params:{type:`boolean`},message:`must be boolean`};s===null?s=[e]:s.push(e),c++}if(n.truncate!==void 0){let e=n.truncate;if(typeof e!=`number`||e%1||isNaN(e)||!isFinite(e)){let e={instancePath:t+`/header/truncate`,schemaPath:`#/properties/header/properties/truncate/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};s===null?s=[e]:s.push(e),c++}}if(n.paddingLeft!==void 0){let e=n.paddingLeft;if(typeof e!=`number`||e%1||isNaN(e)||!isFinite(e)){let e={instancePath:t+`/header/paddingLeft`,schemaPath:`#/properties/header/properties/paddingLeft/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};s===null?s=[e]:s.push(e),c++}}if(n.paddingRight!==void 0){let e=n.paddingRight;if(typeof e!=`number`||e%1||isNaN(e)||!isFinite(e)){let e={instancePath:t+`/header/paddingRight`,schemaPath:`#/properties/header/properties/paddingRight/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};s===null?s=[e]:s.push(e),c++}}}else{let e={instancePath:t+`/header`,schemaPath:`#/properties/header/type`,keyword:`type`,params:{type:`object`},message:`must be object`};s===null?s=[e]:s.push(e),c++}}if(e.columns!==void 0&&(d(e.columns,{instancePath:t+`/columns`,parentData:e,parentDataProperty:`columns`,rootData:a})||(s=s===null?d.errors:s.concat(d.errors),c=s.length)),e.columnDefault!==void 0&&(f(e.columnDefault,{instancePath:t+`/columnDefault`,parentData:e,parentDataProperty:`columnDefault`,rootData:a})||(s=s===null?f.errors:s.concat(f.errors),c=s.length)),e.drawVerticalLine!==void 0&&typeof e.drawVerticalLine!=`function`){let e={instancePath:t+`/drawVerticalLine`,schemaPath:`#/properties/drawVerticalLine/typeof`,keyword:`typeof`,params:{},message:`should pass "typeof" keyword validation`};s===null?s=[e]:s.push(e),c++}if(e.drawHorizontalLine!==void 0&&typeof e.drawHorizontalLine!=`function`){let e={instancePath:t+`/drawHorizontalLine`,schemaPath:`#/properties/drawHorizontalLine/typeof`,keyword:`typeof`,params:{},message:`should pass "typeof" keyword validation`};s===null?s=[e]:s.push(e),c++}if(e.singleLine!==void 0&&typeof e.singleLine!=`boolean`){let e={instancePath:t+`/singleLine`,schemaPath:`#/properties/singleLine/typeof`,keyword:`typeof`,params:{},message:`should pass "typeof" keyword validation`};s===null?s=[e]:s.push(e),c++}}else{let e={instancePath:t,schemaPath:`#/type`,keyword:`type`,params:{type:`object`},message:`must be object`};s===null?s=[e]:s.push(e),c++}return p.errors=s,c===0}e["streamConfig.json"]=_;function m(e,{instancePath:i=``,parentData:a,parentDataProperty:o,rootData:s=e}={}){let c=null,l=0;if(e&&typeof e==`object`&&!Array.isArray(e)){for(let r in e)if(!n.call(t.properties,r)){let e={instancePath:i,schemaPath:`#/additionalProperties`,keyword:`additionalProperties`,params:{additionalProperty:r},message:`must NOT have additional properties`};c===null?c=[e]:c.push(e),l++}e.topBody!==void 0&&(r(e.topBody,{instancePath:i+`/topBody`,parentData:e,parentDataProperty:`topBody`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.topJoin!==void 0&&(r(e.topJoin,{instancePath:i+`/topJoin`,parentData:e,parentDataProperty:`topJoin`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.topLeft!==void 0&&(r(e.topLeft,{instancePath:i+`/topLeft`,parentData:e,parentDataProperty:`topLeft`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.topRight!==void 0&&(r(e.topRight,{instancePath:i+`/topRight`,parentData:e,parentDataProperty:`topRight`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.bottomBody!==void 0&&(r(e.bottomBody,{instancePath:i+`/bottomBody`,parentData:e,parentDataProperty:`bottomBody`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.bottomJoin!==void 0&&(r(e.bottomJoin,{instancePath:i+`/bottomJoin`,parentData:e,parentDataProperty:`bottomJoin`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.bottomLeft!==void 0&&(r(e.bottomLeft,{instancePath:i+`/bottomLeft`,parentData:e,parentDataProperty:`bottomLeft`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.bottomRight!==void 0&&(r(e.bottomRight,{instancePath:i+`/bottomRight`,parentData:e,parentDataProperty:`bottomRight`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.bodyLeft!==void 0&&(r(e.bodyLeft,{instancePath:i+`/bodyLeft`,parentData:e,parentDataProperty:`bodyLeft`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.bodyRight!==void 0&&(r(e.bodyRight,{instancePath:i+`/bodyRight`,parentData:e,parentDataProperty:`bodyRight`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.bodyJoin!==void 0&&(r(e.bodyJoin,{instancePath:i+`/bodyJoin`,parentData:e,parentDataProperty:`bodyJoin`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.headerJoin!==void 0&&(r(e.headerJoin,{instancePath:i+`/headerJoin`,parentData:e,parentDataProperty:`headerJoin`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.joinBody!==void 0&&(r(e.joinBody,{instancePath:i+`/joinBody`,parentData:e,parentDataProperty:`joinBody`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.joinLeft!==void 0&&(r(e.joinLeft,{instancePath:i+`/joinLeft`,parentData:e,parentDataProperty:`joinLeft`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.joinRight!==void 0&&(r(e.joinRight,{instancePath:i+`/joinRight`,parentData:e,parentDataProperty:`joinRight`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length)),e.joinJoin!==void 0&&(r(e.joinJoin,{instancePath:i+`/joinJoin`,parentData:e,parentDataProperty:`joinJoin`,rootData:s})||(c=c===null?r.errors:c.concat(r.errors),l=c.length))}else{let e={instancePath:i,schemaPath:`#/type`,keyword:`type`,params:{type:`object`},message:`must be object`};c===null?c=[e]:c.push(e),l++}return m.errors=c,l===0}function h(e,{instancePath:t=``,parentData:n,parentDataProperty:r,rootData:i=e}={}){let a=null,o=0,c=o,l=!1,d=null,f=o;if(e&&typeof e==`object`&&!Array.isArray(e)){for(let n in e)if(!s.test(n)){let e={instancePath:t,schemaPath:`#/oneOf/0/additionalProperties`,keyword:`additionalProperties`,params:{additionalProperty:n},message:`must NOT have additional properties`};a===null?a=[e]:a.push(e),o++}for(let n in e)s.test(n)&&(u(e[n],{instancePath:t+`/`+n.replace(/~/g,`~0`).replace(/\//g,`~1`),parentData:e,parentDataProperty:n,rootData:i})||(a=a===null?u.errors:a.concat(u.errors),o=a.length))}else{let e={instancePath:t,schemaPath:`#/oneOf/0/type`,keyword:`type`,params:{type:`object`},message:`must be object`};a===null?a=[e]:a.push(e),o++}var p=f===o;p&&(l=!0,d=0);let m=o;if(Array.isArray(e)){let n=e.length;for(let r=0;r<n;r++)u(e[r],{instancePath:t+`/`+r,parentData:e,parentDataProperty:r,rootData:i})||(a=a===null?u.errors:a.concat(u.errors),o=a.length)}else{let e={instancePath:t,schemaPath:`#/oneOf/1/type`,keyword:`type`,params:{type:`array`},message:`must be array`};a===null?a=[e]:a.push(e),o++}var p=m===o;if(p&&l?(l=!1,d=[d,1]):p&&(l=!0,d=1),l)o=c,a!==null&&(c?a.length=c:a=null);else{let e={instancePath:t,schemaPath:`#/oneOf`,keyword:`oneOf`,params:{passingSchemas:d},message:`must match exactly one schema in oneOf`};a===null?a=[e]:a.push(e),o++}return h.errors=a,o===0}function g(e,{instancePath:t=``,parentData:n,parentDataProperty:r,rootData:i=e}={}){let a=null,o=0;if(e&&typeof e==`object`&&!Array.isArray(e)){for(let n in e)if(n!==`alignment`&&n!==`verticalAlignment`&&n!==`width`&&n!==`wrapWord`&&n!==`truncate`&&n!==`paddingLeft`&&n!==`paddingRight`){let e={instancePath:t,schemaPath:`#/additionalProperties`,keyword:`additionalProperties`,params:{additionalProperty:n},message:`must NOT have additional properties`};a===null?a=[e]:a.push(e),o++}if(e.alignment!==void 0&&(l(e.alignment,{instancePath:t+`/alignment`,parentData:e,parentDataProperty:`alignment`,rootData:i})||(a=a===null?l.errors:a.concat(l.errors),o=a.length)),e.verticalAlignment!==void 0){let n=e.verticalAlignment;if(typeof n!=`string`){let e={instancePath:t+`/verticalAlignment`,schemaPath:`#/properties/verticalAlignment/type`,keyword:`type`,params:{type:`string`},message:`must be string`};a===null?a=[e]:a.push(e),o++}if(n!==`top`&&n!==`middle`&&n!==`bottom`){let e={instancePath:t+`/verticalAlignment`,schemaPath:`#/properties/verticalAlignment/enum`,keyword:`enum`,params:{allowedValues:c.properties.verticalAlignment.enum},message:`must be equal to one of the allowed values`};a===null?a=[e]:a.push(e),o++}}if(e.width!==void 0){let n=e.width;if(typeof n!=`number`||n%1||isNaN(n)||!isFinite(n)){let e={instancePath:t+`/width`,schemaPath:`#/properties/width/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};a===null?a=[e]:a.push(e),o++}if(typeof n==`number`&&isFinite(n)&&(n<1||isNaN(n))){let e={instancePath:t+`/width`,schemaPath:`#/properties/width/minimum`,keyword:`minimum`,params:{comparison:`>=`,limit:1},message:`must be >= 1`};a===null?a=[e]:a.push(e),o++}}if(e.wrapWord!==void 0&&typeof e.wrapWord!=`boolean`){let e={instancePath:t+`/wrapWord`,schemaPath:`#/properties/wrapWord/type`,keyword:`type`,params:{type:`boolean`},message:`must be boolean`};a===null?a=[e]:a.push(e),o++}if(e.truncate!==void 0){let n=e.truncate;if(typeof n!=`number`||n%1||isNaN(n)||!isFinite(n)){let e={instancePath:t+`/truncate`,schemaPath:`#/properties/truncate/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};a===null?a=[e]:a.push(e),o++}}if(e.paddingLeft!==void 0){let n=e.paddingLeft;if(typeof n!=`number`||n%1||isNaN(n)||!isFinite(n)){let e={instancePath:t+`/paddingLeft`,schemaPath:`#/properties/paddingLeft/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};a===null?a=[e]:a.push(e),o++}}if(e.paddingRight!==void 0){let n=e.paddingRight;if(typeof n!=`number`||n%1||isNaN(n)||!isFinite(n)){let e={instancePath:t+`/paddingRight`,schemaPath:`#/properties/paddingRight/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};a===null?a=[e]:a.push(e),o++}}}else{let e={instancePath:t,schemaPath:`#/type`,keyword:`type`,params:{type:`object`},message:`must be object`};a===null?a=[e]:a.push(e),o++}return g.errors=a,o===0}function _(e,{instancePath:t=``,parentData:n,parentDataProperty:r,rootData:i=e}={}){let a=null,o=0;if(e&&typeof e==`object`&&!Array.isArray(e)){if(e.columnDefault===void 0){let e={instancePath:t,schemaPath:`#/required`,keyword:`required`,params:{missingProperty:`columnDefault`},message:`must have required property 'columnDefault'`};a===null?a=[e]:a.push(e),o++}if(e.columnCount===void 0){let e={instancePath:t,schemaPath:`#/required`,keyword:`required`,params:{missingProperty:`columnCount`},message:`must have required property 'columnCount'`};a===null?a=[e]:a.push(e),o++}for(let n in e)if(n!==`border`&&n!==`columns`&&n!==`columnDefault`&&n!==`columnCount`&&n!==`drawVerticalLine`){let e={instancePath:t,schemaPath:`#/additionalProperties`,keyword:`additionalProperties`,params:{additionalProperty:n},message:`must NOT have additional properties`};a===null?a=[e]:a.push(e),o++}if(e.border!==void 0&&(m(e.border,{instancePath:t+`/border`,parentData:e,parentDataProperty:`border`,rootData:i})||(a=a===null?m.errors:a.concat(m.errors),o=a.length)),e.columns!==void 0&&(h(e.columns,{instancePath:t+`/columns`,parentData:e,parentDataProperty:`columns`,rootData:i})||(a=a===null?h.errors:a.concat(h.errors),o=a.length)),e.columnDefault!==void 0&&(g(e.columnDefault,{instancePath:t+`/columnDefault`,parentData:e,parentDataProperty:`columnDefault`,rootData:i})||(a=a===null?g.errors:a.concat(g.errors),o=a.length)),e.columnCount!==void 0){let n=e.columnCount;if(typeof n!=`number`||n%1||isNaN(n)||!isFinite(n)){let e={instancePath:t+`/columnCount`,schemaPath:`#/properties/columnCount/type`,keyword:`type`,params:{type:`integer`},message:`must be integer`};a===null?a=[e]:a.push(e),o++}if(typeof n==`number`&&isFinite(n)&&(n<1||isNaN(n))){let e={instancePath:t+`/columnCount`,schemaPath:`#/properties/columnCount/minimum`,keyword:`minimum`,params:{comparison:`>=`,limit:1},message:`must be >= 1`};a===null?a=[e]:a.push(e),o++}}if(e.drawVerticalLine!==void 0&&typeof e.drawVerticalLine!=`function`){let e={instancePath:t+`/drawVerticalLine`,schemaPath:`#/properties/drawVerticalLine/typeof`,keyword:`typeof`,params:{},message:`should pass "typeof" keyword validation`};a===null?a=[e]:a.push(e),o++}}else{let e={instancePath:t,schemaPath:`#/type`,keyword:`type`,params:{type:`object`},message:`must be object`};a===null?a=[e]:a.push(e),o++}return _.errors=a,o===0}})),Af=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.validateConfig=void 0;let i=r(kf());e.validateConfig=(e,t)=>{let n=i.default[e];if(!n(t)&&n.errors){let e=n.errors.map(e=>({message:e.message,params:e.params,schemaPath:e.schemaPath}));throw console.log(`config`,t),console.log(`errors`,e),Error(`Invalid config.`)}}})),jf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.makeStreamConfig=void 0;let i=r(Ef()),a=hf(),o=Af(),s=(e,t={},n)=>Array.from({length:e}).map((e,r)=>({alignment:`left`,paddingLeft:1,paddingRight:1,truncate:1/0,verticalAlignment:`top`,wrapWord:!1,...n,...t[r]}));e.makeStreamConfig=e=>{o.validateConfig(`streamConfig.json`,e);let t=i.default(e);if(t.columnDefault.width===void 0)throw Error(`Must provide config.columnDefault.width when creating a stream.`);return{drawVerticalLine:()=>!0,...t,border:a.makeBorderConfig(t.border),columns:s(t.columnCount,t.columns,t.columnDefault)}}})),Mf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.mapDataUsingRowHeights=void 0;let t=bf(),n=e=>Array(e).fill(``),r=(e,t,r)=>{let{verticalAlignment:i}=r,a=t-e.length;return i===`top`?[...e,...n(a)]:i===`bottom`?[...n(a),...e]:[...n(Math.floor(a/2)),...e,...n(Math.ceil(a/2))]},i=e=>[].concat(...e);e.mapDataUsingRowHeights=(e,n,a)=>{let o=e[0].length,s=e.map((e,i)=>{let s=n[i],c=Array.from({length:s},()=>Array(o).fill(``));return e.forEach((e,n)=>{let i=t.wrapCell(e,a.columns[n].width,a.columns[n].wrapWord);r(i,s,a.columns[n]).forEach((e,t)=>{c[t][n]=e})}),c});return i(s)}})),Nf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.padTableData=e.padString=void 0,e.padString=(e,t,n)=>` `.repeat(t)+e+` `.repeat(n),e.padTableData=(t,n)=>t.map(t=>t.map((t,r)=>{let{paddingLeft:i,paddingRight:a}=n.columns[r];return e.padString(t,i,a)}))})),Pf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.stringifyTableData=void 0;let t=hf();e.stringifyTableData=e=>e.map(e=>e.map(e=>t.normalizeString(String(e))))})),Ff=/* @__PURE__ */ r(((e,t)=>{var n=NaN,r=/^\s+|\s+$/g,i=/\w*$/,a=/^[-+]0x[0-9a-f]+$/i,o=/^0b[01]+$/i,s=/^0o[0-7]+$/i,c=`\\ud800-\\udfff`,l=`\\u0300-\\u036f\\ufe20-\\ufe23`,u=`\\u20d0-\\u20f0`,d=`\\ufe0e\\ufe0f`,f=`[`+c+`]`,p=`[`+l+u+`]`,m=`\\ud83c[\\udffb-\\udfff]`,h=`(?:`+p+`|`+m+`)`,g=`[^`+c+`]`,_=`(?:\\ud83c[\\udde6-\\uddff]){2}`,v=`[\\ud800-\\udbff][\\udc00-\\udfff]`,y=`\\u200d`,b=h+`?`,x=`[`+d+`]?`,S=`(?:`+y+`(?:`+[g,_,v].join(`|`)+`)`+x+b+`)*`,C=x+b+S,w=`(?:`+[g+p+`?`,p,_,v,f].join(`|`)+`)`,T=RegExp(m+`(?=`+m+`)|`+w+C,`g`),E=RegExp(`[`+y+c+l+u+d+`]`),D=parseInt,O=typeof global==`object`&&global&&global.Object===Object&&global,k=typeof self==`object`&&self&&self.Object===Object&&self,A=O||k||Function(`return this`)(),j=typeof e==`object`&&e&&!e.nodeType&&e,ee=j&&typeof t==`object`&&t&&!t.nodeType&&t,M=ee&&ee.exports===j&&O.process,N=function(){try{return M&&M.binding(`util`)}catch{}}(),P=N&&N.isRegExp,te=F(`length`);function ne(e){return e.split(``)}function F(e){return function(t){return t?.[e]}}function I(e){return function(t){return e(t)}}function L(e){return E.test(e)}function re(e){return L(e)?ae(e):te(e)}function ie(e){return L(e)?oe(e):ne(e)}function ae(e){for(var t=T.lastIndex=0;T.test(e);)t++;return t}function oe(e){return e.match(T)||[]}var se=Object.prototype.toString,ce=A.Symbol,le=ce?ce.prototype:void 0,ue=le?le.toString:void 0;function de(e){return me(e)&&se.call(e)==`[object RegExp]`}function fe(e,t,n){var r=-1,i=e.length;t<0&&(t=-t>i?0:i+t),n=n>i?i:n,n<0&&(n+=i),i=t>n?0:n-t>>>0,t>>>=0;for(var a=Array(i);++r<i;)a[r]=e[r+t];return a}function R(e){if(typeof e==`string`)return e;if(_e(e))return ue?ue.call(e):``;var t=e+``;return t==`0`&&1/e==-1/0?`-0`:t}function pe(e,t,n){var r=e.length;return n=n===void 0?r:n,!t&&n>=r?e:fe(e,t,n)}function me(e){var t=typeof e;return!!e&&(t==`object`||t==`function`)}function he(e){return!!e&&typeof e==`object`}var ge=P?I(P):de;function _e(e){return typeof e==`symbol`||he(e)&&se.call(e)==`[object Symbol]`}function ve(e){return e?(e=z(e),e===1/0||e===-1/0?(e<0?-1:1)*17976931348623157e292:e===e?e:0):e===0?e:0}function ye(e){var t=ve(e),n=t%1;return t===t?n?t-n:t:0}function z(e){if(typeof e==`number`)return e;if(_e(e))return n;if(me(e)){var t=typeof e.valueOf==`function`?e.valueOf():e;e=me(t)?t+``:t}if(typeof e!=`string`)return e===0?e:+e;e=e.replace(r,``);var i=o.test(e);return i||s.test(e)?D(e.slice(2),i?2:8):a.test(e)?n:+e}function B(e){return e==null?``:R(e)}function be(e,t){var n=30,r=`...`;if(me(t)){var a=`separator`in t?t.separator:a;n=`length`in t?ye(t.length):n,r=`omission`in t?R(t.omission):r}e=B(e);var o=e.length;if(L(e)){var s=ie(e);o=s.length}if(n>=o)return e;var c=n-re(r);if(c<1)return r;var l=s?pe(s,0,c).join(``):e.slice(0,c);if(a===void 0)return l+r;if(s&&(c+=l.length-c),ge(a)){if(e.slice(c).search(a)){var u,d=l;for(a.global||(a=RegExp(a.source,B(i.exec(a))+`g`)),a.lastIndex=0;u=a.exec(d);)var f=u.index;l=l.slice(0,f===void 0?c:f)}}else if(e.indexOf(R(a),c)!=c){var p=l.lastIndexOf(a);p>-1&&(l=l.slice(0,p))}return l+r}t.exports=be})),If=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.truncateTableData=e.truncateString=void 0;let i=r(Ff());e.truncateString=(e,t)=>i.default(e,{length:t,omission:`…`}),e.truncateTableData=(t,n)=>t.map(t=>t.map((t,r)=>e.truncateString(t,n.columns[r].truncate)))})),Lf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.createStream=void 0;let t=_f(),n=Sf(),r=wf(),i=Tf(),a=jf(),o=Mf(),s=Nf(),c=Pf(),l=If(),u=(e,r)=>{let i=c.stringifyTableData(e);i=l.truncateTableData(i,r);let a=n.calculateRowHeights(i,r);return i=o.mapDataUsingRowHeights(i,a,r),i=t.alignTableData(i,r),i=s.padTableData(i,r),i},d=(e,t,n)=>{let a=u([e],n).map(e=>i.drawRow(e,n)).join(``),o=``;o+=r.drawBorderTop(t,n),o+=a,o+=r.drawBorderBottom(t,n),o=o.trimEnd(),process.stdout.write(o)},f=(e,t,n)=>{let a=u([e],n).map(e=>i.drawRow(e,n)).join(``),o=``,s=r.drawBorderBottom(t,n);s!==`
`&&(o=`\r\x1B[K`),o+=r.drawBorderJoin(t,n),o+=a,o+=s,o=o.trimEnd(),process.stdout.write(o)};e.createStream=e=>{let t=a.makeStreamConfig(e),n=Object.values(t.columns).map(e=>e.width+e.paddingLeft+e.paddingRight),r=!0;return{write:e=>{if(e.length!==t.columnCount)throw Error(`Row cell count does not match the config.columnCount.`);r?(r=!1,d(e,n,t)):f(e,n,t)}}}})),Rf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.calculateCellWidths=void 0;let i=r(of());e.calculateCellWidths=e=>e.map(e=>Math.max(...e.split(`
`).map(i.default)))})),zf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.drawHeader=void 0;let t=gf(),n=Tf(),r=Nf(),i=If(),a=bf();e.drawHeader=(e,o)=>{if(!o.header)throw Error(`Can not draw header without header configuration`);let{alignment:s,paddingRight:c,paddingLeft:l,wrapWord:u}=o.header,d=o.header.content;return d=i.truncateString(d,o.header.truncate),a.wrapCell(d,e,u).map(i=>{let a=t.alignString(i,e,s);return a=r.padString(a,l,c),n.drawRow([a],{...o,drawVerticalLine:e=>{let t=o.columns.length;return o.drawVerticalLine(e===0?0:t,t)}})}).join(``)}})),Bf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.drawTable=void 0;let i=r(of()),a=wf(),o=Cf(),s=zf(),c=Tf(),l=hf();e.drawTable=(e,t,n,r)=>{let{drawHorizontalLine:u,singleLine:d}=r,f=l.groupBySizes(e,n).map(e=>e.map(e=>c.drawRow(e,r)).join(``));if(r.header){let t=i.default(c.drawRow(e[0],r))-2-r.header.paddingLeft-r.header.paddingRight,n=s.drawHeader(t,r);f.unshift(n)}return o.drawContent(f,{drawSeparator:(e,t)=>(e===0||e===t||!d)&&u(e,t),separatorGetter:a.createTableBorderGetter(t,r)})}})),Vf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0});let t=Rf();e.default=e=>{let n=Array(e[0].length).fill(0);return e.forEach(e=>{t.calculateCellWidths(e).forEach((e,t)=>{n[t]=Math.max(n[t],e)})}),n}})),Hf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.makeTableConfig=void 0;let i=r(Ef()),a=r(Vf()),o=hf(),s=Af(),c=(e,t,n)=>{let r=a.default(e);return e[0].map((e,i)=>({alignment:`left`,paddingLeft:1,paddingRight:1,truncate:1/0,verticalAlignment:`top`,width:r[i],wrapWord:!1,...n,...t?.[i]}))},l=e=>{if(e.header)return{alignment:`center`,paddingLeft:1,paddingRight:1,truncate:1/0,wrapWord:!1,...e.header}};e.makeTableConfig=(e,t={})=>{s.validateConfig(`config.json`,t);let n=i.default(t);return{...n,border:o.makeBorderConfig(n.border),columns:c(e,n.columns,n.columnDefault),drawHorizontalLine:n.drawHorizontalLine??(()=>!0),drawVerticalLine:n.drawVerticalLine??(()=>!0),header:l(n),singleLine:n.singleLine??!1}}})),Uf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.validateTableData=void 0;let t=hf();e.validateTableData=e=>{if(!Array.isArray(e))throw TypeError(`Table data must be an array.`);if(e.length===0)throw Error(`Table must define at least one row.`);if(e[0].length===0)throw Error(`Table must define at least one column.`);let n=e[0].length;for(let r of e){if(!Array.isArray(r))throw TypeError(`Table row data must be an array.`);if(r.length!==n)throw Error(`Table must have a consistent number of cells.`);for(let e of r)if(/[\u0001-\u0006\u0008\u0009\u000B-\u001A]/.test(t.normalizeString(String(e))))throw Error(`Table data must not contain control characters.`)}}})),Wf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.table=void 0;let t=_f(),n=Rf(),r=Sf(),i=Bf(),a=Hf(),o=Mf(),s=Nf(),c=Pf(),l=If(),u=Uf();e.table=(e,d={})=>{u.validateTableData(e);let f=c.stringifyTableData(e),p=a.makeTableConfig(f,d);f=l.truncateTableData(f,p);let m=r.calculateRowHeights(f,p);f=o.mapDataUsingRowHeights(f,m,p),f=t.alignTableData(f,p),f=s.padTableData(f,p);let h=n.calculateCellWidths(f[0]);return i.drawTable(f,h,m,p)}})),Gf=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0})})),Kf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__createBinding||(Object.create?(function(e,t,n,r){r===void 0&&(r=n),Object.defineProperty(e,r,{enumerable:!0,get:function(){return t[n]}})}):(function(e,t,n,r){r===void 0&&(r=n),e[r]=t[n]})),i=n&&n.__exportStar||function(e,t){for(var n in e)n!=="default"&&!Object.prototype.hasOwnProperty.call(t,n)&&r(t,e,n)};Object.defineProperty(e,"__esModule",{value:!0}),e.getBorderCharacters=e.createStream=e.table=void 0;let a=Lf();Object.defineProperty(e,"createStream",{enumerable:!0,get:function(){return a.createStream}});let o=mf();Object.defineProperty(e,"getBorderCharacters",{enumerable:!0,get:function(){return o.getBorderCharacters}});let s=Wf();Object.defineProperty(e,"table",{enumerable:!0,get:function(){return s.table}}),i(Gf(),e)})),qf=/* @__PURE__ */ r((e=>{
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
Object.defineProperty(e,"__esModule",{value:!0}),e.throwErrorOnWrongColName=e.checkIfColsExist=void 0,e.checkIfColsExist=function(e,t){return t.forEach(function(t){if(!e.columns.includes(t))throw Error(`Column Error: `+t+` not found in columns. Columns should be one of [ `+e.columns+` ]`)}),t},e.throwErrorOnWrongColName=function(e,t){if(!e.columns.includes(t))throw Error(`ParamError: specified column `+t+` not found in columns`)}})),Jf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.linePlot=void 0;
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var a=i($()),o=qf();e.linePlot=function(e,t,n,i){var s=n.config,c=n.layout;if(e instanceof a.default){var l=e.values,u={x:e.index,y:l,type:`scatter`,mode:`lines`};i.newPlot(t,[u],c,s)}else if(s.x&&s.y){(0,o.throwErrorOnWrongColName)(e,s.x),(0,o.throwErrorOnWrongColName)(e,s.y);var d=e[s.x].values,l=e[s.y].values,u={x:d,y:l},f=r({xaxis:{title:s.x},yaxis:{title:s.y}},c);i.newPlot(t,[u],f,s)}else if(s.x||s.y){if(s.x){(0,o.throwErrorOnWrongColName)(e,s.x);var d=e[s.x].values,l=e.index,u={x:d,y:l},f=r({xaxis:{title:s.x},yaxis:{title:`Index`}},c);i.newPlot(t,[u],f,s)}if(s.y){(0,o.throwErrorOnWrongColName)(e,s.y);var d=e.index,l=e[s.y].values,u={x:d,y:l},f=r({xaxis:{title:`Index`},yaxis:{title:s.y}},c);i.newPlot(t,[u],f,s)}}else{var p=s.columns?(0,o.checkIfColsExist)(e,s.columns):e.columns,m=[];p.forEach(function(t){var n={x:e.index,y:e[t].values,name:t};m.push(n)}),i.newPlot(t,m,c,s)}}})),Yf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.barPlot=void 0;
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var a=i($()),o=qf();e.barPlot=function(e,t,n,i){var s=n.config,c=n.layout;if(e instanceof a.default){var l={x:e.index,y:e.values,type:`bar`};i.newPlot(t,[l],c,s)}else if(s.x&&s.y){(0,o.throwErrorOnWrongColName)(e,s.x),(0,o.throwErrorOnWrongColName)(e,s.y);var u=e[s.x].values,d=e[s.y].values,l={x:u,y:d,type:`bar`},f=r({xaxis:{title:s.x},yaxis:{title:s.y}},c);i.newPlot(t,[l],f,s)}else if(s.x||s.y){if(s.x){(0,o.throwErrorOnWrongColName)(e,s.x);var u=e[s.x].values,d=e.index,l={x:u,y:d,type:`bar`},f=r({xaxis:{title:s.x},yaxis:{title:`Index`}},c);i.newPlot(t,[l],f,s)}if(s.y){(0,o.throwErrorOnWrongColName)(e,s.y);var u=e.index,d=e[s.y].values,l={x:u,y:d,type:`bar`},f=r({xaxis:{title:`Index`},yaxis:{title:s.y}},c);i.newPlot(t,[l],f,s)}}else{var p=s.columns?(0,o.checkIfColsExist)(e,s.columns):e.columns,m=[];p.forEach(function(t){var n={x:e.index,y:e[t].values,name:t,type:`bar`};m.push(n)}),i.newPlot(t,m,c,s)}}})),Xf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.scatterPlot=void 0;
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var a=i($()),o=qf();e.scatterPlot=function(e,t,n,i){var s=n.config,c=n.layout;if(e instanceof a.default){var l=e.values,u={x:e.index,y:l,type:`scatter`,mode:`markers`};i.newPlot(t,[u],c,s)}else if(s.x&&s.y){(0,o.throwErrorOnWrongColName)(e,s.x),(0,o.throwErrorOnWrongColName)(e,s.y);var d=e[s.x].values,l=e[s.y].values,u={x:d,y:l,type:`scatter`,mode:`markers`},f=r({xaxis:{title:s.x},yaxis:{title:s.y}},c);i.newPlot(t,[u],f,s)}else if(s.x||s.y){if(s.x){(0,o.throwErrorOnWrongColName)(e,s.x);var d=e[s.x].values,l=e.index,u={x:d,y:l,type:`scatter`,mode:`markers`},f=r({xaxis:{title:s.x},yaxis:{title:`Index`}},c);i.newPlot(t,[u],f,s)}if(s.y){(0,o.throwErrorOnWrongColName)(e,s.y);var d=e.index,l=e[s.y].values,u={x:d,y:l,type:`scatter`,mode:`markers`},f=r({xaxis:{title:`Index`},yaxis:{title:s.y}},c);i.newPlot(t,[u],f,s)}}else{var p=s.columns?(0,o.checkIfColsExist)(e,s.columns):e.columns,m=[];p.forEach(function(t){var n=e.index,r={x:e[t].values,y:n,name:t,type:`scatter`,mode:`markers`};m.push(r)}),i.newPlot(t,m,c,s)}}})),Zf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.histPlot=void 0;
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var a=i($()),o=qf();e.histPlot=function(e,t,n,i){var s=n.config,c=n.layout;if(e instanceof a.default){var l={x:e.values,type:`histogram`};i.newPlot(t,[l],c,s)}else if(s.x||s.y){if(s.x){(0,o.throwErrorOnWrongColName)(e,s.x);var l={x:e[s.x].values,type:`histogram`},u=r({xaxis:{title:s.x}},c);i.newPlot(t,[l],u,s)}if(s.y){(0,o.throwErrorOnWrongColName)(e,s.y);var l={y:e[s.y].values,type:`histogram`},u=r({yaxis:{title:s.y}},c);i.newPlot(t,[l],u,s)}}else{var d=s.columns?(0,o.checkIfColsExist)(e,s.columns):e.columns,f=[];d.forEach(function(t){var n=e.index,r={x:e[t].values,y:n,name:t,type:`histogram`};f.push(r)}),i.newPlot(t,f,c,s)}}})),Qf=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.piePlot=void 0;
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var a=i($()),o=qf();e.piePlot=function(e,t,n,i){var s=n.config,c=n.layout;if(e instanceof a.default){var l={values:e.values,labels:s.labels||e.index,type:`pie`,name:s.labels,hoverinfo:`label+percent+name`,automargin:!0};i.newPlot(t,[l],c,s)}else if(s.labels){if(!e.columns.includes(s.labels))throw Error(`Column Error: `+s.labels+` not found in columns. Param "labels" name must be one of [ `+e.columns+`]`);if(s.values){if(!e.columns.includes(s.values))throw Error(`Column Error: `+s.values+` not found in columns. Param "values" name must be one of [ `+e.columns+`]`);var l={values:e[s.values].values,labels:e[s.labels].values,type:`pie`,name:s.labels,hoverinfo:`label+percent+name`,automargin:!0};i.newPlot(t,[l],c,s)}else{var u=s.columns?(0,o.checkIfColsExist)(e,s.columns):e.columns;if(s.rowPositions){if(s.rowPositions.length!=u.length)throw Error(`length of rowPositions array must be equal to number of columns. Got `+s.rowPositions.length+`, expected `+(u.length-1))}else{for(var d=[],f=0;f<u.length-1;f++)d.push(0);s.rowPositions=d}if(s.columnPositions){if(s.columnPositions.length!=u.length)throw Error(`length of columnPositions array must be equal to number of columns. Got `+s.columnPositions.length+`, expected `+(u.length-1))}else{for(var d=[],f=0;f<u.length-1;f++)d.push(f);s.columnPositions=d}var p=[];u.forEach(function(t,n){var r={labels:e[s.labels].values,values:e[t].values,name:t,type:`pie`,domain:{row:s.rowPositions[n],column:s.columnPositions[n]},hoverinfo:`label+percent+name`,automargin:!0,textposition:`outside`};p.push(r)});var m=r({},c);if(s.grid)m.grid=s.grid;else{var h=Number((e.shape[1]/2).toFixed())+1;m.grid={rows:h,columns:h}}i.newPlot(t,p,m,s)}}else throw Error(`Param Error: Please provide a column name for "labels" param`)}})),$f=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.boxPlot=void 0;
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var a=i($()),o=qf();e.boxPlot=function(e,t,n,i){var s=n.config,c=n.layout;if(e instanceof a.default){var l={y:e.values,type:`box`};i.newPlot(t,[l],c,s)}else if(s.x&&s.y){(0,o.throwErrorOnWrongColName)(e,s.x),(0,o.throwErrorOnWrongColName)(e,s.y);var u=e[s.x].values,d=e[s.y].values,l={x:u,y:d,type:`box`},f=r({xaxis:{title:s.x},yaxis:{title:s.y}},c);i.newPlot(t,[l],f,s)}else if(s.x||s.y){if(s.x){(0,o.throwErrorOnWrongColName)(e,s.x);var u=e[s.x].values,d=e.index,l={x:u,y:d,type:`box`},f=r({xaxis:{title:s.x},yaxis:{title:`Index`}},c);i.newPlot(t,[l],f,s)}if(s.y){(0,o.throwErrorOnWrongColName)(e,s.y);var u=e.index,d=e[s.y].values,l={x:u,y:d,type:`box`},f=r({xaxis:{title:`Index`},yaxis:{title:s.y}},c);i.newPlot(t,[l],f,s)}}else{var p=s.columns?(0,o.checkIfColsExist)(e,s.columns):e.columns,m=[];p.forEach(function(t){var n={y:e[t].values,name:t,type:`box`};m.push(n)}),i.newPlot(t,m,c,s)}}})),ep=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.violinPlot=void 0;
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var a=i($()),o=qf();e.violinPlot=function(e,t,n,i){var s=n.config,c=n.layout;if(e instanceof a.default){var l={y:e.values,type:`violin`};i.newPlot(t,[l],c,s)}else if(s.x&&s.y){(0,o.throwErrorOnWrongColName)(e,s.x),(0,o.throwErrorOnWrongColName)(e,s.y);var u=e[s.x].values,d=e[s.y].values,l={x:u,y:d,type:`violin`},f=r({xaxis:{title:s.x},yaxis:{title:s.y}},c);i.newPlot(t,[l],f,s)}else if(s.x||s.y){if(s.x){(0,o.throwErrorOnWrongColName)(e,s.x);var u=e[s.x].values,d=e.index,l={x:u,y:d,type:`violin`},f=r({xaxis:{title:s.x},yaxis:{title:`Index`}},c);i.newPlot(t,[l],f,s)}if(s.y){(0,o.throwErrorOnWrongColName)(e,s.y);var u=e.index,d=e[s.y].values,l={x:u,y:d,type:`violin`},f=r({xaxis:{title:`Index`},yaxis:{title:s.y}},c);i.newPlot(t,[l],f,s)}}else{var p=s.columns?(0,o.checkIfColsExist)(e,s.columns):e.columns,m=[];p.forEach(function(t){var n={y:e[t].values,name:t,type:`violin`};m.push(n)}),i.newPlot(t,m,c,s)}}})),tp=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.tablePlot=void 0,e.tablePlot=function(e,t,n,r){var i=n.config,a=n.layout,o={},s={},c=[],l=[];i.columns?(i.columns.forEach(function(t){if(!e.columns.includes(t))throw Error(`Column Error: `+t+` not found in columns. Columns should be one of [ `+e.columns+` ]`);var n=e.columns.indexOf(t);c.push(e.getColumnData[n])}),l=i.columns):(l=e.columns,c=e.getColumnData),o.values=l.map(function(e){return[e]}),s.values=c,i.tableHeaderStyle&&Object.keys(i.tableHeaderStyle).forEach(function(e){o[e]=i.tableHeaderStyle[e]}),i.tableCellStyle&&Object.keys(i.tableCellStyle).forEach(function(e){s[e]=i.tableCellStyle[e]});var u={type:`table`,header:o,cells:s};r.newPlot(t,[u],a,i)}})),np=/* @__PURE__ */ r((e=>{
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
Object.defineProperty(e,"__esModule",{value:!0}),e.tablePlot=e.violinPlot=e.boxPlot=e.piePlot=e.histPlot=e.scatterPlot=e.barPlot=e.linePlot=void 0;var t=Jf();Object.defineProperty(e,"linePlot",{enumerable:!0,get:function(){return t.linePlot}});var n=Yf();Object.defineProperty(e,"barPlot",{enumerable:!0,get:function(){return n.barPlot}});var r=Xf();Object.defineProperty(e,"scatterPlot",{enumerable:!0,get:function(){return r.scatterPlot}});var i=Zf();Object.defineProperty(e,"histPlot",{enumerable:!0,get:function(){return i.histPlot}});var a=Qf();Object.defineProperty(e,"piePlot",{enumerable:!0,get:function(){return a.piePlot}});var o=$f();Object.defineProperty(e,"boxPlot",{enumerable:!0,get:function(){return o.boxPlot}});var s=ep();Object.defineProperty(e,"violinPlot",{enumerable:!0,get:function(){return s.violinPlot}});var c=tp();Object.defineProperty(e,"tablePlot",{enumerable:!0,get:function(){return c.tablePlot}})})),rp=/* @__PURE__ */ n({default:()=>ip}),ip,ap=t((()=>{ip={}})),op=/* @__PURE__ */ r((t=>{Object.defineProperty(t,"__esModule",{value:!0}),t.PlotlyLib=void 0;
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var n=np(),r;typeof window<`u`&&(r=(ap(),e(rp))),t.PlotlyLib=function(){function e(e,t){this.ndframe=e,this.divId=t}return e.prototype.getPlotConfig=function(e){return{config:e&&e.config?e.config:{},layout:e&&e.layout?e.layout:{}}},e.prototype.line=function(e){var t=this.getPlotConfig(e);(0,n.linePlot)(this.ndframe,this.divId,t,r)},e.prototype.bar=function(e){var t=this.getPlotConfig(e);(0,n.barPlot)(this.ndframe,this.divId,t,r)},e.prototype.scatter=function(e){var t=this.getPlotConfig(e);(0,n.scatterPlot)(this.ndframe,this.divId,t,r)},e.prototype.hist=function(e){var t=this.getPlotConfig(e);(0,n.histPlot)(this.ndframe,this.divId,t,r)},e.prototype.pie=function(e){var t=this.getPlotConfig(e);(0,n.piePlot)(this.ndframe,this.divId,t,r)},e.prototype.box=function(e){var t=this.getPlotConfig(e);(0,n.boxPlot)(this.ndframe,this.divId,t,r)},e.prototype.violin=function(e){var t=this.getPlotConfig(e);(0,n.violinPlot)(this.ndframe,this.divId,t,r)},e.prototype.table=function(e){var t=this.getPlotConfig(e);(0,n.tablePlot)(this.ndframe,this.divId,t,r)},e}()})),Q=/* @__PURE__ */ r(((t,n,r)=>{var i=r&&r.__extends||(function(){var e=function(t,n){return e=Object.setPrototypeOf||{__proto__:[]}instanceof Array&&function(e,t){e.__proto__=t}||function(e,t){for(var n in t)Object.prototype.hasOwnProperty.call(t,n)&&(e[n]=t[n])},e(t,n)};return function(t,n){if(typeof n!=`function`&&n!==null)throw TypeError(`Class extends value `+String(n)+` is not a constructor or null`);e(t,n);function r(){this.constructor=t}t.prototype=n===null?Object.create(n):(r.prototype=n.prototype,new r)}})(),a=r&&r.__assign||function(){return a=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},a.apply(this,arguments)},o=r&&r.__awaiter||function(e,t,n,r){function i(e){return e instanceof n?e:new n(function(t){t(e)})}return new(n||=Promise)(function(n,a){function o(e){try{c(r.next(e))}catch(e){a(e)}}function s(e){try{c(r.throw(e))}catch(e){a(e)}}function c(e){e.done?n(e.value):i(e.value).then(o,s)}c((r=r.apply(e,t||[])).next())})},s=r&&r.__generator||function(e,t){var n={label:0,sent:function(){if(a[0]&1)throw a[1];return a[1]},trys:[],ops:[]},r,i,a,o={next:s(0),throw:s(1),return:s(2)};return typeof Symbol==`function`&&(o[Symbol.iterator]=function(){return this}),o;function s(e){return function(t){return c([e,t])}}function c(o){if(r)throw TypeError(`Generator is already executing.`);for(;n;)try{if(r=1,i&&(a=o[0]&2?i.return:o[0]?i.throw||((a=i.return)&&a.call(i),0):i.next)&&!(a=a.call(i,o[1])).done)return a;switch(i=0,a&&(o=[o[0]&2,a.value]),o[0]){case 0:case 1:a=o;break;case 4:return n.label++,{value:o[1],done:!1};case 5:n.label++,i=o[1],o=[0];continue;case 7:o=n.ops.pop(),n.trys.pop();continue;default:if(a=n.trys,!(a=a.length>0&&a[a.length-1])&&(o[0]===6||o[0]===2)){n=0;continue}if(o[0]===3&&(!a||o[1]>a[0]&&o[1]<a[3])){n.label=o[1];break}if(o[0]===6&&n.label<a[1]){n.label=a[1],a=o;break}if(a&&n.label<a[2]){n.label=a[2],n.ops.push(o);break}a[2]&&n.ops.pop(),n.trys.pop();continue}o=t.call(e,n)}catch(e){o=[6,e],i=0}finally{r=a=0}if(o[0]&5)throw o[1];return{value:o[0]?o[1]:void 0,done:!0}}},c=r&&r.__spreadArray||function(e,t,n){if(n||arguments.length===2)for(var r=0,i=t.length,a;r<i;r++)(a||!(r in t))&&(a||=Array.prototype.slice.call(t,0,r),a[r]=t[r]);return e.concat(a||Array.prototype.slice.call(t))},l=r&&r.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(t,"__esModule",{value:!0});
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var u=l(sp()),d=(Zd(),e(Ud)),f=l(Z()),p=sl(),m=l($d()),h=l(ll()),g=ef(),_=l(X()),v=l(Hd()),y=Kf(),b=l($()),x=op(),S=new _.default;t.default=function(e){i(t,e);function t(t,n){n===void 0&&(n={});var r=this,i=n.index,a=n.columns,o=n.dtypes,s=n.config;return r=e.call(this,{data:t,index:i,columns:a,dtypes:o,config:s,isSeries:!1})||this,r.$setInternalColumnDataProperty(),r}return t.prototype.$setInternalColumnDataProperty=function(e){var t=this;if(e&&typeof e==`string`)Object.defineProperty(t,e,{get:function(){return t.$getColumnData(e)},set:function(n){t.$setColumnData(e,n)}});else for(var n=this.columns,r=function(e){var r=n[e];Object.defineProperty(i,r,{get:function(){return t.$getColumnData(r)},set:function(e){t.$setColumnData(r,e)}})},i=this,a=0;a<n.length;a++)r(a)},t.prototype.$getColumnData=function(e,t){t===void 0&&(t=!0);var n=this.columns.indexOf(e);n==-1&&h.default.throwColumnNotFoundError(this);var r=[this.$dtypes[n]],i=c([],this.$index,!0),o=[e],s=a({},this.$config);if(this.$config.isLowMemoryMode){for(var l=[],u=0;u<this.values.length;u++){var d=this.values[u];l.push(d[n])}return t?new b.default(l,{dtypes:r,index:i,columns:o,config:s}):l}var l=this.$dataIncolumnFormat[n];return t?new b.default(l,{dtypes:r,index:i,columns:o,config:s}):l},t.prototype.$setColumnData=function(e,t){var n=this.$columns.indexOf(e);if(n==-1)throw Error(`ParamError: column `+e+` not found in `+this.$columns+`. If you need to add a new column, use the df.addColumn method. `);var r;if(t instanceof b.default)r=t.values;else if(Array.isArray(t))r=t;else throw Error(`ParamError: specified value not supported. It must either be an Array or a Series of the same length`);if(r.length!==this.shape[0]&&h.default.throwColumnLengthError(this,r.length),this.$config.isLowMemoryMode){for(var i=0;i<this.$data.length;i++)this.$data[i][n]=r[i];this.$dtypes[n]=S.inferDtype(r)[0]}else{for(var i=0;i<this.values.length;i++)this.$data[i][n]=r[i];this.$dataIncolumnFormat[n]=t,this.$dtypes[n]=S.inferDtype(r)[0]}},t.prototype.$getDataByAxisWithMissingValuesRemoved=function(e){for(var t=this.$getDataArraysByAxis(e),n=[],r=0;r<t.length;r++){var i=t[r];n.push(S.removeMissingValuesFromArray(i))}return n},t.prototype.$getDataArraysByAxis=function(e){if(e===1)return this.values;var t=void 0;return t=this.config.isLowMemoryMode?S.transposeArray(this.values):this.$dataIncolumnFormat,t},t.prototype.$frameIsNotCompactibleForArithmeticOperation=function(){return this.dtypes.some(function(e){return e==`string`})},t.prototype.$getTensorsForArithmeticOperationByAxis=function(e,n){if(typeof e==`number`)return[this.tensor,f.default.scalar(e)];if(e instanceof t)return[this.tensor,e.tensor];if(e instanceof b.default)return n===0?[this.tensor,f.default.tensor2d(e.values,[e.shape[0],1])]:[this.tensor,f.default.tensor2d(e.values,[e.shape[0],1]).transpose()];if(Array.isArray(e))return n===0?[this.tensor,f.default.tensor2d(e,[e.length,1])]:[this.tensor,f.default.tensor2d(e,[e.length,1]).transpose()];throw Error(`ParamError: Invalid type for other parameter. other must be one of Series, DataFrame or number.`)},t.prototype.$getColumnDtype=function(e){var t=this.columns.indexOf(e);if(t===-1)throw Error(`ColumnNameError: Column "`+e+`" does not exist`);return this.dtypes[t]},t.prototype.$logicalOps=function(e,n){var r=[];switch(n){case`gt`:r=e[0].greater(e[1]).arraySync();break;case`lt`:r=e[0].less(e[1]).arraySync();break;case`ge`:r=e[0].greaterEqual(e[1]).arraySync();break;case`le`:r=e[0].lessEqual(e[1]).arraySync();break;case`eq`:r=e[0].equal(e[1]).arraySync();break;case`ne`:r=e[0].notEqual(e[1]).arraySync()}return new t(S.mapIntegersToBooleans(r,2),{index:c([],this.index,!0),columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})},t.prototype.$MathOps=function(e,n,r){var i;switch(n){case`add`:i=e[0].add(e[1]);break;case`sub`:i=e[0].sub(e[1]);break;case`pow`:i=e[0].pow(e[1]);break;case`div`:i=e[0].div(e[1]);break;case`divNoNan`:i=e[0].divNoNan(e[1]);break;case`mul`:i=e[0].mul(e[1]);break;case`mod`:i=e[0].mod(e[1])}if(r){var o=i?.arraySync();this.$setValues(o)}else return new t(i,{index:c([],this.index,!0),columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})},t.prototype.iloc=function(e){var t=e.rows,n=e.columns;return(0,g._iloc)({ndFrame:this,rows:t,columns:n})},t.prototype.loc=function(e){var t=e.rows,n=e.columns;return(0,g._loc)({ndFrame:this,rows:t,columns:n})},t.prototype.toString=function(){var e=this.config.getMaxRow,t=this.config.getTableMaxColInConsole,n=[],r=this.columns.length,i=[];if(r>t){var o=this.columns.slice(0,4),s=this.columns.slice(r-3);i=c(c(c([``],o,!0),[`...`],!1),s,!0);var l=void 0,u=void 0,d=void 0;if(this.values.length>e){var f=this.iloc({rows:[`0:`+e],columns:[`0:4`]}),p=this.iloc({rows:[`0:`+e],columns:[r-3+`:`]});l=this.index.slice(0,e),u=f.values,d=p.values}else{var f=this.iloc({columns:[`0:4`]}),p=this.iloc({columns:[r-3+`:`]});l=this.index.slice(0,e),u=f.values,d=p.values}for(var m=0;m<l.length;m++){var h=l[m],g=c(c(c([h],u[m],!0),[`...`],!1),d[m],!0);n.push(g)}}else{i=c([``],this.columns,!0);var l=void 0,_=void 0;if(this.values.length>e){var v=this.iloc({rows:[`0:`+e]});l=v.index,_=v.values}else _=this.values,l=this.index;for(var m=0;m<l.length;m++){var h=l[m],g=c([h],_[m],!0);n.push(g)}}var b={};b[0]={width:10};for(var x=1;x<i.length;x++)b[x]={width:17,truncate:16};var S=c([i],n,!0);return(0,y.table)(S,a({columns:b},this.config.getTableDisplayConfig))},t.prototype.head=function(e){if(e===void 0&&(e=5),e<=0)throw Error(`ParamError: Number of rows cannot be less than 1`);if(this.shape[0]<=e)return this.copy();if(this.shape[0]-e<0)throw Error(`ParamError: Number of rows cannot be greater than available rows in data`);return this.iloc({rows:[`0:`+e]})},t.prototype.tail=function(e){if(e===void 0&&(e=5),e<=0)throw Error(`ParamError: Number of rows cannot be less than 1`);if(this.shape[0]<=e)return this.copy();if(this.shape[0]-e<0)throw Error(`ParamError: Number of rows cannot be greater than available rows in data`);return e=this.shape[0]-e,this.iloc({rows:[e+`:`]})},t.prototype.sample=function(e,t){return e===void 0&&(e=5),o(this,void 0,void 0,function(){var n,r,i;return s(this,function(o){switch(o.label){case 0:if(n=a({seed:1},t).seed,e>this.shape[0])throw Error(`ParamError: Sample size cannot be bigger than number of rows`);if(e<=0)throw Error(`ParamError: Sample size cannot be less than 1`);return[4,f.default.data.array(this.index).shuffle(e,``+n).take(e).toArray()];case 1:return r=o.sent(),i=this.iloc({rows:r}),[2,i]}})})},t.prototype.add=function(e,t){var n=a({inplace:!1,axis:1},t),r=n.inplace,i=n.axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: add operation is not supported for string dtypes`);if([0,1].indexOf(i)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var o=this.$getTensorsForArithmeticOperationByAxis(e,i);return this.$MathOps(o,`add`,r)},t.prototype.sub=function(e,t){var n=a({inplace:!1,axis:1},t),r=n.inplace,i=n.axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: sub operation is not supported for string dtypes`);if([0,1].indexOf(i)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var o=this.$getTensorsForArithmeticOperationByAxis(e,i);return this.$MathOps(o,`sub`,r)},t.prototype.mul=function(e,t){var n=a({inplace:!1,axis:1},t),r=n.inplace,i=n.axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: mul operation is not supported for string dtypes`);if([0,1].indexOf(i)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var o=this.$getTensorsForArithmeticOperationByAxis(e,i);return this.$MathOps(o,`mul`,r)},t.prototype.div=function(e,t){var n=a({inplace:!1,axis:1},t),r=n.inplace,i=n.axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: div operation is not supported for string dtypes`);if([0,1].indexOf(i)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var o=this.$getTensorsForArithmeticOperationByAxis(e,i);return this.$MathOps(o,`div`,r)},t.prototype.divNoNan=function(e,t){var n=a({inplace:!1,axis:1},t),r=n.inplace,i=n.axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: div operation is not supported for string dtypes`);if([0,1].indexOf(i)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var o=this.$getTensorsForArithmeticOperationByAxis(e,i);return this.$MathOps(o,`divNoNan`,r)},t.prototype.pow=function(e,t){var n=a({inplace:!1,axis:1},t),r=n.inplace,i=n.axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: pow operation is not supported for string dtypes`);if([0,1].indexOf(i)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var o=this.$getTensorsForArithmeticOperationByAxis(e,i);return this.$MathOps(o,`pow`,r)},t.prototype.mod=function(e,t){var n=a({inplace:!1,axis:1},t),r=n.inplace,i=n.axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: mod operation is not supported for string dtypes`);if([0,1].indexOf(i)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var o=this.$getTensorsForArithmeticOperationByAxis(e,i);return this.$MathOps(o,`mod`,r)},t.prototype.mean=function(e){var t=a({axis:1},e).axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: mean operation is not supported for string dtypes`);if([0,1].indexOf(t)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var n=this.$getDataByAxisWithMissingValuesRemoved(t).map(function(e){return e.reduce(function(e,t){return e+t},0)/e.length});return t===0?new b.default(n,{index:this.columns}):new b.default(n,{index:this.index})},t.prototype.median=function(e){var t=a({axis:1},e).axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: median operation is not supported for string dtypes`);if([0,1].indexOf(t)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var n=this.$getDataByAxisWithMissingValuesRemoved(t).map(function(e){return(0,d.median)(e)});return t===0?new b.default(n,{index:this.columns}):new b.default(n,{index:this.index})},t.prototype.mode=function(e){var t=a({axis:1,keep:0},e),n=t.axis,r=t.keep;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: mode operation is not supported for string dtypes`);if([0,1].indexOf(n)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var i=this.$getDataByAxisWithMissingValuesRemoved(n).map(function(e){var t=(0,d.mode)(e);return t.length===1?t[0]:t[r]});return n===0?new b.default(i,{index:this.columns}):new b.default(i,{index:this.index})},t.prototype.min=function(e){var t=a({axis:1},e).axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: min operation is not supported for string dtypes`);if([0,1].indexOf(t)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var n=this.$getDataByAxisWithMissingValuesRemoved(t).map(function(e){for(var t=e[0],n=0;n<e.length;n++)t=t<e[n]?t:e[n];return t});return t===0?new b.default(n,{index:this.columns}):new b.default(n,{index:this.index})},t.prototype.max=function(e){var t=a({axis:1},e).axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: max operation is not supported for string dtypes`);if([0,1].indexOf(t)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var n=this.$getDataByAxisWithMissingValuesRemoved(t).map(function(e){for(var t=e[0],n=0;n<e.length;n++)t=t>e[n]?t:e[n];return t});return t===0?new b.default(n,{index:this.columns}):new b.default(n,{index:this.index})},t.prototype.std=function(e){var t=a({axis:1},e).axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: std operation is not supported for string dtypes`);if([0,1].indexOf(t)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var n=this.$getDataByAxisWithMissingValuesRemoved(t).map(function(e){return(0,d.std)(e)});return t===0?new b.default(n,{index:this.columns}):new b.default(n,{index:this.index})},t.prototype.var=function(e){var t=a({axis:1},e).axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: var operation is not supported for string dtypes`);if([0,1].indexOf(t)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var n=this.$getDataByAxisWithMissingValuesRemoved(t).map(function(e){return(0,d.variance)(e)});return t===0?new b.default(n,{index:this.columns}):new b.default(n,{index:this.index})},t.prototype.lt=function(e,t){var n=a({axis:1},t).axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: lt operation is not supported for string dtypes`);if([0,1].indexOf(n)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var r=this.$getTensorsForArithmeticOperationByAxis(e,n);return this.$logicalOps(r,`lt`)},t.prototype.gt=function(e,t){var n=a({axis:1},t).axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: gt operation is not supported for string dtypes`);if([0,1].indexOf(n)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var r=this.$getTensorsForArithmeticOperationByAxis(e,n);return this.$logicalOps(r,`gt`)},t.prototype.eq=function(e,t){var n=a({axis:1},t).axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: eq operation is not supported for string dtypes`);if([0,1].indexOf(n)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var r=this.$getTensorsForArithmeticOperationByAxis(e,n);return this.$logicalOps(r,`eq`)},t.prototype.ne=function(e,t){var n=a({axis:1},t).axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: ne operation is not supported for string dtypes`);if([0,1].indexOf(n)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var r=this.$getTensorsForArithmeticOperationByAxis(e,n);return this.$logicalOps(r,`ne`)},t.prototype.le=function(e,t){var n=a({axis:1},t).axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: le operation is not supported for string dtypes`);if([0,1].indexOf(n)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var r=this.$getTensorsForArithmeticOperationByAxis(e,n);return this.$logicalOps(r,`le`)},t.prototype.ge=function(e,t){var n=a({axis:1},t).axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: ge operation is not supported for string dtypes`);if([0,1].indexOf(n)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var r=this.$getTensorsForArithmeticOperationByAxis(e,n);return this.$logicalOps(r,`ge`)},t.prototype.count=function(e){var t=a({axis:1},e).axis;if([0,1].indexOf(t)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var n=this.$getDataByAxisWithMissingValuesRemoved(t).map(function(e){return e.length});return t===0?new b.default(n,{index:this.columns}):new b.default(n,{index:this.index})},t.prototype.sum=function(e){var t=a({axis:1},e).axis;if([0,1].indexOf(t)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var n=this.$getDataByAxisWithMissingValuesRemoved(t).map(function(e){return e.reduce(function(e,t){return Number(e)+Number(t)},0)});return t===0?new b.default(n,{index:c([],this.columns,!0)}):new b.default(n,{index:c([],this.index,!0)})},t.prototype.pctChange=function(e,n){var r=a({inplace:!1,axis:1},n),i=r.inplace,o=r.axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: pctChange operation is not supported for string dtypes`);if([0,1].indexOf(o)===-1)throw Error(`ParamError: Axis must be 0 or 1`);if(e===0)return this;if(typeof e==`number`){var s=this.copy();o===0&&(s=s.T);var c=s.tensor.clone(),l=Array(c.shape[c.rank-1]).fill(NaN),u=c.arraySync();if(e>0)for(var d=0;d<e;d++)u.unshift(l),u.pop();else if(e<0)for(var d=0;d>e;d--)u.push(l),u.shift();var p=f.default.tensor2d(u,c.shape),m=this.$MathOps([c,p],`divNoNan`,i).sub(1);return o===0?m.T:m}if(e instanceof t||e instanceof b.default){var h=this.$getTensorsForArithmeticOperationByAxis(e,o),m=this.$MathOps(h,`divNoNan`,i).sub(1);return m}},t.prototype.diff=function(e,n){var r=a({inplace:!1,axis:1},n),i=r.inplace,o=r.axis;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: diff operation is not supported for string dtypes`);if([0,1].indexOf(o)===-1)throw Error(`ParamError: Axis must be 0 or 1`);if(e===0)return this;if(typeof e==`number`){var s=this.copy();o===0&&(s=s.T);var c=s.tensor.clone(),l=Array(c.shape[c.rank-1]).fill(NaN),u=c.arraySync();if(e>0)for(var d=0;d<e;d++)u.unshift(l),u.pop();else if(e<0)for(var d=0;d>e;d--)u.push(l),u.shift();var p=f.default.tensor2d(u,c.shape),m=this.$MathOps([c,p],`sub`,i);return o===0?m.T:m}if(e instanceof t||e instanceof b.default){var h=this.$getTensorsForArithmeticOperationByAxis(e,o);return this.$MathOps(h,`sub`,i)}},t.prototype.abs=function(e){var n=a({inplace:!1},e).inplace,r=this.values.map(function(e){return e.map(function(e){return Math.abs(e)})});if(n)this.$setValues(r);else return new t(r,{index:c([],this.index,!0),columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})},t.prototype.round=function(e,n){e===void 0&&(e=1);var r=a({inplace:!1},n).inplace;if(this.$frameIsNotCompactibleForArithmeticOperation())throw Error(`TypeError: round operation is not supported for string dtypes`);if(typeof e!=`number`)throw Error(`ParamError: dp must be a number`);var i=S.round(this.values,e,!1);if(r)this.$setValues(i);else return new t(i,{index:c([],this.index,!0),columns:c([],this.columns,!0),config:a({},this.config)})},t.prototype.cumProd=function(e){var t=a({axis:1,inplace:!1},e),n=t.axis,r=t.inplace;return this.cumOps(`prod`,n,r)},t.prototype.cumSum=function(e){var t=a({axis:1,inplace:!1},e),n=t.axis,r=t.inplace;return this.cumOps(`sum`,n,r)},t.prototype.cumMin=function(e){var t=a({axis:1,inplace:!1},e),n=t.axis,r=t.inplace;return this.cumOps(`min`,n,r)},t.prototype.cumMax=function(e){var t=a({axis:1,inplace:!1},e),n=t.axis,r=t.inplace;return this.cumOps(`max`,n,r)},t.prototype.cumOps=function(e,n,r){this.dtypes.includes(`string`)&&h.default.throwStringDtypeOperationError(e);var i=this.$getDataByAxisWithMissingValuesRemoved(n).map(function(t){for(var n=t[0],r=[n],i=1;i<t.length;i++){var a=t[i];switch(e){case`max`:a>n?(r.push(a),n=a):r.push(n);break;case`min`:a<n?(r.push(a),n=a):r.push(n);break;case`sum`:n+=a,r.push(n);break;case`prod`:n*=a,r.push(n)}}return r});if(n===0&&(i=S.transposeArray(i)),r)this.$setValues(i);else return new t(i,{index:c([],this.index,!0),columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})},t.prototype.describe=function(){for(var e=this,n=this.columns.filter(function(t){return e.$getColumnDtype(t)!==`string`}),r=[`count`,`mean`,`std`,`min`,`median`,`max`,`variance`],i={},a=0;a<n.length;a++){var o=n[a];i[o]=[this.$getColumnData(o).count(),(0,d.mean)(this.$getColumnData(o,!1)),(0,d.std)(this.$getColumnData(o,!1)),this.$getColumnData(o).min(),(0,d.median)(this.$getColumnData(o,!1)),this.$getColumnData(o).max(),(0,d.variance)(this.$getColumnData(o,!1))]}return new t(i,{index:r})},t.prototype.dropNa=function(e){var n=a({axis:1,inplace:!1},e),r=n.axis,i=n.inplace;if([0,1].indexOf(r)===-1)throw Error(`ParamError: Axis must be 0 or 1`);var o=[];if(r==1){for(var s=[],l=this.values,u=0;u<l.length;u++){var d=l[u];d.includes(NaN)||d.includes(void 0)||d.includes(null)||(s.push(d),o.push(this.index[u]))}if(i)this.$setValues(s,!1),this.$setIndex(o);else return new t(s,{index:o,columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})}else{var f=[],p=[],l=[];l=this.config.isLowMemoryMode?S.transposeArray(this.values):this.$dataIncolumnFormat;for(var m=[],u=0;u<l.length;u++){var d=l[u];d.includes(NaN)||(m.push(d),f.push(this.columns[u]),p.push(this.dtypes[u]))}var s=S.transposeArray(m);if(i)this.$setValues(s,!1,!1),this.$setColumnNames(f),this.$setDtypes(p);else return new t(s,{index:c([],this.index,!0),columns:f,dtypes:p,config:a({},this.config)})}},t.prototype.addColumn=function(e,n,r){var i=a({inplace:!1,atIndex:this.columns.length},r),o=i.inplace,s=i.atIndex;if(typeof s==`string`){if(!this.columns.includes(s))throw Error(s+` not a column`);s=this.columns.indexOf(s)}if(!e)throw Error(`ParamError: column must be specified`);if(!n)throw Error(`ParamError: values must be specified`);if(this.$columns.indexOf(e)===-1){var l=void 0;if(n instanceof b.default)l=n.values;else if(Array.isArray(n))l=n;else throw Error(`ParamError: specified value not supported. It must either be an Array or a Series of the same length`);l.length!==this.shape[0]&&h.default.throwColumnLengthError(this,l.length);for(var u=[],d=this.$data,f=0;f<d.length;f++){var p=c([],d[f],!0);p.splice(s,0,l[f]),u.push(p)}if(o){this.$setValues(u,!0,!1);var m=c([],this.columns,!0);m.splice(s,0,e),this.$setColumnNames(m),this.$setInternalColumnDataProperty(e)}else{var m=c([],this.columns,!0);return m.splice(s,0,e),new t(u,{index:c([],this.index,!0),columns:m,dtypes:c(c([],this.dtypes,!0),[S.inferDtype(l)[0]],!1),config:a({},this.$config)})}}else this.$setColumnData(e,n)},t.prototype.copy=function(){return new t(c([],this.$data,!0),{columns:c([],this.columns,!0),index:c([],this.index,!0),dtypes:c([],this.dtypes,!0),config:a({},this.$config)})},t.prototype.isNa=function(){for(var e=[],n=0;n<this.values.length;n++){var r=this.values[n].map(function(e){return!!S.isEmpty(e)});e.push(r)}return new t(e,{index:c([],this.index,!0),columns:c([],this.columns,!0),config:a({},this.config)})},t.prototype.fillNa=function(e,n){var r=this,i=a({inplace:!1},n),o=i.columns,s=i.inplace;if(!e&&typeof e!=`boolean`&&typeof e!=`number`&&typeof e!=`string`)throw Error(`ParamError: value must be specified`);if(Array.isArray(e)){if(!Array.isArray(o))throw Error(`ParamError: value is an array, hence columns must also be an array of same length`);if(e.length!==o.length)throw Error(`ParamError: specified column and values must have the same length`);o.forEach(function(e){if(!r.columns.includes(e))throw Error(`ValueError: Specified column "`+e+`" must be one of `+r.columns)})}var l=[],u=c([],this.values,!0);if(o)for(var d=c([],this.values,!0),f=0;f<d.length;f++){for(var p=d[f],m=0;m<o.length;m++){var h=this.columns.indexOf(o[m]),g=Array.isArray(e)?e[m]:e;p[h]=S.isEmpty(p[h])?g:p[h]}l.push(p)}else for(var _=function(t){var n=c([],u[t],!0).map(function(n){return S.isEmpty(n)?Array.isArray(e)?e[t]:e:n});l.push(n)},f=0;f<u.length;f++)_(f);if(s)this.$setValues(l);else return new t(l,{index:c([],this.index,!0),columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})},t.prototype.drop=function(e){var n=a({inplace:!1},e),r=n.columns,i=n.index,o=n.inplace;if(!r&&!i)throw Error(`ParamError: Must specify one of columns or index`);if(r&&i)throw Error(`ParamError: Can only specify one of columns or index`);if(r){var s=[];if(typeof r==`string`)s.push(this.columns.indexOf(r));else if(Array.isArray(r))for(var l=0,u=r;l<u.length;l++){var d=u[l];if(this.columns.indexOf(d)===-1)throw Error(`ParamError: specified column "`+d+`" not found in columns`);s.push(this.columns.indexOf(d))}else throw Error(`ParamError: columns must be an array of column names or a string of column name`);for(var f=[],p=[],m=[],h=0;h<this.values.length;h++){for(var g=[],_=this.values[h],v=0;v<_.length;v++)s.includes(v)||g.push(_[v]);f.push(g)}for(var h=0;h<this.columns.length;h++){var y=this.columns[h];r.includes(y)||(p.push(y),m.push(this.dtypes[h]))}if(o)this.$setValues(f,!0,!1),this.$setColumnNames(p);else{var b=new t(f,{index:c([],this.index,!0),columns:p,dtypes:m,config:a({},this.config)});return b}}if(i){var x=[];if(typeof i==`string`||typeof i==`number`||typeof i==`boolean`)x.push(this.index.indexOf(i));else if(Array.isArray(i))for(var S=0,C=i;S<C.length;S++){var w=C[S];if(this.index.indexOf(w)===-1)throw Error(`ParamError: specified index "`+w+`" not found in indices`);x.push(this.index.indexOf(w))}else throw Error(`ParamError: index must be an array of indices or a scalar index`);for(var f=[],T=[],h=0;h<this.values.length;h++){var _=this.values[h];x.includes(h)||f.push(_)}for(var h=0;h<this.index.length;h++){var w=this.index[h];i.includes(w)||T.push(w)}if(o)this.$setValues(f,!1),this.$setIndex(T);else{var b=new t(f,{index:T,columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)});return b}}},t.prototype.sortValues=function(e,t){var n=a({ascending:!0,inplace:!1},t),r=n.ascending,i=n.inplace;if(!e)throw Error(`ParamError: must specify a column to sort by`);if(this.columns.indexOf(e)===-1)throw Error(`ParamError: specified column "`+e+`" not found in columns`);var o=this.$getColumnData(e,!1),s=c([],this.index,!0),l=o.map(function(e,t){return{index:s[t],value:e}}),u=S.sortObj(l,r).map(function(e){return e.index}),d=(0,g._loc)({ndFrame:this,rows:u});if(i)this.$setValues(d.values),this.$setIndex(d.index);else return d},t.prototype.setIndex=function(e){var n=a({drop:!1,inplace:!1},e),r=n.index,i=n.column,o=n.drop,s=n.inplace;if(!r&&!i)throw Error(`ParamError: must specify either index or column`);var l=[];if(r){if(!Array.isArray(r))throw Error(`ParamError: index must be an array`);if(r.length!==this.values.length)throw Error(`ParamError: index must be the same length as the number of rows`);l=r}if(i){if(this.columns.indexOf(i)===-1)throw Error(`ParamError: column not found in column names`);l=this.$getColumnData(i,!1)}if(o){var u=this.drop({columns:[i]}),d=u?.values,f=u?.columns,p=u?.dtypes;if(s)this.$setValues(d,!0,!1),this.$setIndex(l),this.$setColumnNames(f);else{var m=new t(d,{index:l,columns:f,dtypes:p,config:a({},this.config)});return m}}else if(s)this.$setIndex(l);else{var m=new t(this.values,{index:l,columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)});return m}},t.prototype.resetIndex=function(e){if(a({inplace:!1},e).inplace)this.$resetIndex();else return new t(this.values,{index:this.index.map(function(e,t){return t}),columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})},t.prototype.apply=function(e,n){var r=a({axis:1},n).axis;if([0,1].indexOf(r)===-1)throw Error(`ParamError: axis must be 0 or 1`);var i=this.$getDataByAxisWithMissingValuesRemoved(r).map(function(t){return e(t)});return r===0?S.is1DArray(i)?new b.default(i,{index:c([],this.columns,!0)}):new t(i,{index:c([],this.columns,!0),columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)}):S.is1DArray(i)?new b.default(i,{index:c([],this.index,!0)}):new t(i,{index:c([],this.index,!0),columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})},t.prototype.applyMap=function(e,n){var r=a({inplace:!1},n).inplace,i=this.values.map(function(t){return t.map(function(t){return e(t)})});if(r)this.$setValues(i);else return new t(i,{index:c([],this.index,!0),columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})},t.prototype.column=function(e){return this.$getColumnData(e)},t.prototype.selectDtypes=function(e){var t=[`float32`,`int32`,`string`,`boolean`,`undefined`];if(Array.isArray(e)===!1)throw Error(`ParamError: include must be an array`);e.forEach(function(e){if(t.indexOf(e)===-1)throw Error(`ParamError: include must be an array of valid dtypes`)});for(var n=[],r=0;r<this.dtypes.length;r++)e.includes(this.dtypes[r])&&n.push(this.columns[r]);return this.loc({columns:n})},t.prototype.transpose=function(e){var n=a({inplace:!1},e).inplace,r=S.transposeArray(this.values),i=c([],this.index.map(function(e){return e.toString()}),!0);if(n)this.$setValues(r,!1,!1),this.$setIndex(c([],this.columns,!0)),this.$setColumnNames(i);else return new t(r,{index:c([],this.columns,!0),columns:i,config:a({},this.config)})},Object.defineProperty(t.prototype,"T",{get:function(){return new t(S.transposeArray(this.values),{index:c([],this.columns,!0),columns:c([],this.index.map(function(e){return e.toString()}),!0),config:a({},this.config)})},enumerable:!1,configurable:!0}),t.prototype.replace=function(e,n,r){var i=this,o=a({inplace:!1},r),s=o.columns,l=o.inplace;if(typeof e==`number`&&isNaN(e))throw Error(`Params Error: Param 'oldValue' does not support NaN. Use DataFrame.fillNa() instead.`);if(!e&&typeof e!=`boolean`&&typeof e!=`number`&&typeof e!=`string`)throw Error(`Params Error: Must specify param 'oldValue' to replace`);if(!n&&typeof n!=`boolean`&&typeof n!=`number`&&typeof n!=`string`)throw Error(`Params Error: Must specify param 'newValue' to replace with`);var u=[];if(s){if(!Array.isArray(s))throw Error(`Params Error: column must be an array of column(s)`);var d=[];s.forEach(function(e){var t=i.columns.indexOf(e);if(t===-1)throw Error(`Params Error: column not found in columns`);d.push(t)}),u=this.values.map(function(t){for(var r=t.slice(0),i=0,a=d;i<a.length;i++){var o=a[i];r[o]===e&&(r[o]=n)}return r})}else u=this.values.map(function(t){return t.slice(0).map((function(t){return t===e?n:t}))});if(l)this.$setValues(u);else return new t(u,{index:c([],this.index,!0),columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})},t.prototype.asType=function(e,n,r){var i=a({inplace:!1},r).inplace,o=this.columns.indexOf(e);if(o===-1)throw Error(`Params Error: column not found in columns`);if(!p.DATA_TYPES.includes(n))throw Error(`dtype `+n+` not supported. dtype must be one of `+p.DATA_TYPES);var s=this.values.map(function(e){if(n===`float32`)return e[o]=Number(e[o]),e;if(n===`int32`)return e[o]=parseInt(e[o]),e;if(n===`string`)return e[o]=e[o].toString(),e;if(n===`boolean`)return e[o]=!!e[o],e});if(i)this.$setValues(s);else{var l=c([],this.dtypes,!0);return l[o]=n,new t(s,{index:c([],this.index,!0),columns:c([],this.columns,!0),dtypes:l,config:a({},this.config)})}},t.prototype.nUnique=function(e){if(e===void 0&&(e=1),[0,1].indexOf(e)===-1)throw Error(`ParamError: axis must be 0 or 1`);var t=this.$getDataArraysByAxis(e).map(function(e){return new Set(e).size});return e===0?new b.default(t,{index:c([],this.columns,!0),dtypes:[`int32`]}):new b.default(t,{index:c([],this.index,!0),dtypes:[`int32`]})},t.prototype.rename=function(e,n){var r=a({axis:1,inplace:!1},n),i=r.axis,o=r.inplace;if([0,1].indexOf(i)===-1)throw Error(`ParamError: axis must be 0 or 1`);if(i===1){var s=[],l=this.columns.map(function(t){if(e[t]!==void 0){var n=``+e[t];return s.push(n),n}return t});if(o){this.$setColumnNames(l);for(var u=0,d=s;u<d.length;u++){var f=d[u];this.$setInternalColumnDataProperty(f)}}else return new t(c([],this.values,!0),{index:c([],this.index,!0),columns:l,dtypes:c([],this.dtypes,!0),config:a({},this.config)})}else{var p=this.index.map(function(t){return e[t]===void 0?t:e[t]});if(o)this.$setIndex(p);else return new t(c([],this.values,!0),{index:p,columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})}},t.prototype.sortIndex=function(e){var n=this,r=a({ascending:!0,inplace:!1},e),i=r.ascending,o=r.inplace,s=S.range(0,this.index.length-1),l=c([],this.index,!0),u=l.map(function(e,t){return{index:s[t],value:e}}),d=S.sortObj(u,i).map(function(e){return e.index}),f=d.map(function(e){return n.values[e]});if(d=d.map(function(e){return l[e]}),o)this.$setValues(f),this.$setIndex(d);else return new t(f,{index:d,columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})},t.prototype.append=function(e,n,r){var i=a({inplace:!1},r).inplace;if(!e)throw Error(`ParamError: newValues must be a Series, DataFrame or Array`);if(!n)throw Error(`ParamError: index must be specified`);var o=[];if(e instanceof b.default){if(e.values.length!==this.shape[1])throw Error(`ValueError: length of newValues must be the same as the number of columns.`);o=[e.values]}else if(e instanceof t){if(e.shape[1]!==this.shape[1])throw Error(`ValueError: length of newValues must be the same as the number of columns.`);o=e.values}else if(Array.isArray(e)){if(o=S.is1DArray(e)?[e]:e,o[0].length!==this.shape[1])throw Error(`ValueError: length of newValues must be the same as the number of columns.`)}else throw Error(`ValueError: newValues must be a Series, DataFrame or Array`);var s=[];if(s=Array.isArray(n)?n:[n],o.length!==s.length)throw Error(`ParamError: index must contain the same number of values as newValues`);var l=c([],this.values,!0),u=c([],this.index,!0);if(o.forEach(function(e,t){l.push(e),u.push(s[t])}),i)this.$setValues(l),this.$setIndex(u);else return new t(l,{index:u,columns:c([],this.columns,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})},t.prototype.query=function(e,t){var n=a({inplace:!1},t).inplace;if(!e)throw Error(`ParamError: condition must be specified`);var r=(0,g._iloc)({ndFrame:this,rows:e});if(n)this.$setValues(r.values,!1,!1),this.$setIndex(r.index);else return r},Object.defineProperty(t.prototype,"ctypes",{get:function(){return new b.default(this.dtypes,{index:this.columns})},enumerable:!1,configurable:!0}),t.prototype.getDummies=function(e){var t=a({inplace:!1},e).inplace,n=(0,u.default)(this,e);if(t)this.$setValues(n.values,!1,!1),this.$setColumnNames(n.columns);else return n},t.prototype.groupby=function(e){var t=this.columns,n=e.map(function(e){return t.indexOf(e)}),r=this.dtypes;return new m.default(e,this.values,t,r,n).group()},t.prototype.iat=function(e,t){if(typeof e==`string`||typeof t==`string`)throw Error(`ParamError: row and column index must be an integer. Use .at to get a row or column by label.`);return this.values[e][t]},t.prototype.at=function(e,t){if(typeof t!=`string`)throw Error(`ParamError: column index must be a string. Use .iat to get a row or column by index.`);return this.values[this.index.indexOf(e)][this.columns.indexOf(t)]},t.prototype.plot=function(e){if(S.isBrowserEnv())return new x.PlotlyLib(this,e);throw Error(`Not supported in NodeJS`)},t}(v.default)})),sp=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__spreadArray||function(e,t,n){if(n||arguments.length===2)for(var r=0,i=t.length,a;r<i;r++)(a||!(r in t))&&(a||=Array.prototype.slice.call(t,0,r),a[r]=t[r]);return e.concat(a||Array.prototype.slice.call(t))},a=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0});
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var o=a(Q()),s=a($()),c=new(a(X())).default;function l(e,t){var n=r({columns:null,prefix:null,prefixSeparator:`_`},t),a=n.columns,l=n.prefix,u=n.prefixSeparator;if(!e)throw Error(`ParamError: data must be one of Array, Series or DataFrame`);if(e instanceof s.default||e instanceof o.default){if(!a){var d=[];e.dtypes.forEach(function(t,n){t===`string`&&d.push(e.columns[n])}),a=d}}else throw Error(`ParamError: data must be one of Array, Series or DataFrame`);if(typeof a==`string`){if(a=[a],Array.isArray(l)&&l.length===1)l=l;else if(typeof l==`string`)l=[l];else throw Error(`ParamError: prefix must be a string, or an array of same length as columns`);if(Array.isArray(u)&&u.length===1)u=u;else if(typeof u==`string`)u=[u];else throw Error(`ParamError: prefix must be a string, or an array of same length as columns`)}else if(Array.isArray(a)){if(l){if(Array.isArray(l)&&l.length!==a.length)throw Error(`ParamError: prefix and data array must be of the same length. If you need to use the same prefix, then pass a string param instead. e.g {prefix: "`+l+`"}`);typeof l==`string`&&(l=a.map(function(e){return l}))}if(u){if(Array.isArray(u)&&u.length!==a.length)throw Error(`ParamError: prefixSeparator and data array must be of the same length. If you need to use the same prefix separator, then pass a string param instead. e.g {prefixSeparator: "`+u+`"}`);typeof u==`string`&&(u=a.map(function(e){return u}))}}else throw Error(`ParamError: columns must be a string or an array of strings`);if(e instanceof s.default){for(var f=e.values,p=[],m=Array.from(new Set(f)),h=c.zeros(f.length,m.length),g=0;g<f.length;g++){var _=m.indexOf(f[g]);h[g][_]=1}for(var g=0;g<m.length;g++){var v=l?l[0]:g;p.push(``+v+u[0]+m[g])}return new o.default(h,{columns:p})}for(var y=e.drop({columns:a}),b=y?.values,p=y?.columns,g=0;g<a.length;g++){for(var x=a[g],f=e.column(x).values,m=Array.from(new Set(f)),h=c.zeros(f.length,m.length),S=0;S<f.length;S++){var _=m.indexOf(f[S]);h[S][_]=1;var v=l?l[g]:x,C=``+v+u[g]+f[S];p.includes(C)||p.push(C)}for(var w=0;w<b.length;w++)b[w]=i(i([],b[w],!0),h[w],!0)}return new o.default(b,{columns:p})}e.default=l})),cp=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e._genericMathOp=void 0;
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var i=r($()),a=new(r(X())).default;function o(e){var t=e.ndFrame,n=e.other,r=e.operation;if(typeof n==`number`){var o=void 0;switch(r){case`add`:return o=t.values.map((function(e){return e+n})),o;case`sub`:return o=t.values.map((function(e){return e-n})),o;case`mul`:return o=t.values.map((function(e){return e*n})),o;case`div`:return o=t.values.map((function(e){return e/n})),o;case`mod`:return o=t.values.map((function(e){return e%n})),o;case`pow`:return o=t.values.map((function(e){return e**+n})),o;case`minimum`:return o=t.values.map((function(e){return Math.min(e,n)})),o;case`maximum`:return o=t.values.map((function(e){return Math.max(e,n)})),o;default:throw Error(r+` is not implemented`)}}else if(n instanceof i.default){a.checkSeriesOpCompactibility({firstSeries:t,secondSeries:n,operation:r});var o=void 0;switch(r){case`add`:return o=t.values.map(function(e,t){return e+n.values[t]}),o;case`sub`:return o=t.values.map(function(e,t){return e-n.values[t]}),o;case`mul`:return o=t.values.map(function(e,t){return e*n.values[t]}),o;case`div`:return o=t.values.map(function(e,t){return e/n.values[t]}),o;case`mod`:return o=t.values.map(function(e,t){return e%n.values[t]}),o;case`pow`:return o=t.values.map(function(e,t){return e**+n.values[t]}),o;case`minimum`:return o=t.values.map(function(e,t){return Math.min(e,n.values[t])}),o;case`maximum`:return o=t.values.map(function(e,t){return Math.max(e,n.values[t])}),o;default:throw Error(r+` is not implemented`)}}else if(Array.isArray(n)){if(n.length!==t.values.length)throw Error(`ParamError: Length of array must be equal to length of Series`);var o=void 0;switch(r){case`add`:return o=t.values.map(function(e,t){return e+n[t]}),o;case`sub`:return o=t.values.map(function(e,t){return e-n[t]}),o;case`mul`:return o=t.values.map(function(e,t){return e*n[t]}),o;case`div`:return o=t.values.map(function(e,t){return e/n[t]}),o;case`mod`:return o=t.values.map(function(e,t){return e%n[t]}),o;case`pow`:return o=t.values.map(function(e,t){return e**+n[t]}),o;case`minimum`:return o=t.values.map(function(e,t){return Math.min(e,n[t])}),o;case`maximum`:return o=t.values.map(function(e,t){return Math.max(e,n[t])}),o}}else throw Error(`ParamError: value for other not supported. It must be either a scalar, Array or Series`)}e._genericMathOp=o})),lp=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0});var a=new(i(X())).default;e.default=function(){function e(e){this.series=e,this.values=e.values}return e.prototype.toLowerCase=function(e){var t=r({inplace:!1},e).inplace,n=[];if(this.values.map(function(e){a.isEmpty(e)?n.push(NaN):n.push((``+e).toLowerCase())}),t)this.series.$setValues(n),this.series.print();else{var i=this.series.copy();return i.$setValues(n),i}},e.prototype.toUpperCase=function(e){var t=r({inplace:!1},e).inplace,n=[];if(this.values.map(function(e){a.isEmpty(e)?n.push(NaN):n.push((``+e).toUpperCase())}),t)this.series.$setValues(n),this.series.print();else{var i=this.series.copy();return i.$setValues(n),i}},e.prototype.capitalize=function(e){var t=r({inplace:!1},e).inplace,n=[];if(this.values.map(function(e){if(a.isEmpty(e))n.push(NaN);else{var t=(``+e).slice(0,1),r=(``+e).slice(1),i=``+t.toUpperCase()+r.toLowerCase();n.push(i)}}),t)this.series.$setValues(n),this.series.print();else{var i=this.series.copy();return i.$setValues(n),i}},e.prototype.charAt=function(e,t){e===void 0&&(e=0);var n=r({inplace:!1},t).inplace,i=[];if(this.values.map(function(t){a.isEmpty(t)?i.push(NaN):i.push((``+t).charAt(e))}),n)this.series.$setValues(i),this.series.print();else{var o=this.series.copy();return o.$setValues(i),o}},e.prototype.concat=function(e,t,n){t===void 0&&(t=1);var i=r({inplace:!1},n).inplace,o=[];if(Array.isArray(e))for(var s=0;s<e.length;s++){var c=``+this.values[s],l=``+e[s];t==1?o.push(c.concat(l)):o.push(l.concat(c))}else this.values.map(function(n){t==1?a.isEmpty(n)?o.push(NaN):o.push((``+n).concat(``+e)):a.isEmpty(n)?o.push(NaN):o.push(e.concat(``+n))});if(i)this.series.$setValues(o),this.series.print();else{var u=this.series.copy();return u.$setValues(o),u}},e.prototype.startsWith=function(e,t){e===void 0&&(e=``);var n=r({inplace:!1},t).inplace,i=[];if(this.values.forEach(function(t){a.isEmpty(t)?i.push(NaN):i.push((``+t).startsWith(e))}),n)this.series.$setValues(i),this.series.print();else{var o=this.series.copy();return o.$setValues(i),o}},e.prototype.endsWith=function(e,t){e===void 0&&(e=``);var n=r({inplace:!1},t).inplace,i=[];if(this.values.map(function(t){a.isEmpty(t)?i.push(NaN):i.push((``+t).endsWith(e))}),n)this.series.$setValues(i),this.series.print();else{var o=this.series.copy();return o.$setValues(i),o}},e.prototype.includes=function(e,t){e===void 0&&(e=``);var n=r({inplace:!1},t).inplace,i=[];if(this.values.map(function(t){a.isEmpty(t)?i.push(NaN):i.push((``+t).includes(e))}),n)this.series.$setValues(i),this.series.print();else{var o=this.series.copy();return o.$setValues(i),o}},e.prototype.indexOf=function(e,t){e===void 0&&(e=``);var n=r({inplace:!1},t).inplace,i=[];if(this.values.map(function(t){a.isEmpty(t)?i.push(NaN):i.push((``+t).indexOf(e))}),n)this.series.$setValues(i),this.series.print();else{var o=this.series.copy();return o.$setValues(i),o}},e.prototype.lastIndexOf=function(e,t){e===void 0&&(e=``);var n=r({inplace:!1},t).inplace,i=[];if(this.values.map(function(t){a.isEmpty(t)?i.push(NaN):i.push((``+t).lastIndexOf(e))}),n)this.series.$setValues(i),this.series.print();else{var o=this.series.copy();return o.$setValues(i),o}},e.prototype.replace=function(e,t,n){e===void 0&&(e=``),t===void 0&&(t=``);var i=r({inplace:!1},n).inplace,o=[];if(this.values.map(function(n){a.isEmpty(n)?o.push(NaN):o.push((``+n).replace(e,t))}),i)this.series.$setValues(o),this.series.print();else{var s=this.series.copy();return s.$setValues(o),s}},e.prototype.repeat=function(e,t){e===void 0&&(e=1);var n=r({inplace:!1},t).inplace,i=[];if(this.values.map(function(t){a.isEmpty(t)?i.push(NaN):i.push((``+t).repeat(e))}),n)this.series.$setValues(i),this.series.print();else{var o=this.series.copy();return o.$setValues(i),o}},e.prototype.search=function(e,t){e===void 0&&(e=``);var n=r({inplace:!1},t).inplace,i=[];if(this.values.map(function(t){a.isEmpty(t)?i.push(NaN):i.push((``+t).search(e))}),n)this.series.$setValues(i),this.series.print();else{var o=this.series.copy();return o.$setValues(i),o}},e.prototype.slice=function(e,t,n){e===void 0&&(e=0),t===void 0&&(t=1);var i=r({inplace:!1},n).inplace,o=[];if(this.values.map(function(n){a.isEmpty(n)?o.push(NaN):o.push((``+n).slice(e,t))}),i)this.series.$setValues(o),this.series.print();else{var s=this.series.copy();return s.$setValues(o),s}},e.prototype.split=function(e,t){e===void 0&&(e=` `);var n=r({inplace:!1},t).inplace,i=[];if(this.values.map(function(t){a.isEmpty(t)?i.push(NaN):i.push(``+String(t).split(e))}),n)this.series.$setValues(i),this.series.print();else{var o=this.series.copy();return o.$setValues(i),o}},e.prototype.substr=function(e,t,n){e===void 0&&(e=0),t===void 0&&(t=1);var i=r({inplace:!1},n).inplace,o=[];if(this.values.map(function(n){a.isEmpty(n)?o.push(NaN):o.push(``+String(n).substr(e,t))}),i)this.series.$setValues(o),this.series.print();else{var s=this.series.copy();return s.$setValues(o),s}},e.prototype.substring=function(e,t,n){e===void 0&&(e=0),t===void 0&&(t=1);var i=r({inplace:!1},n).inplace,o=[];if(this.values.map(function(n){a.isEmpty(n)?o.push(NaN):o.push(``+String(n).substring(e,t))}),i)this.series.$setValues(o),this.series.print();else{var s=this.series.copy();return s.$setValues(o),s}},e.prototype.trim=function(e){var t=r({inplace:!1},e).inplace,n=[];if(this.values.map(function(e){a.isEmpty(e)?n.push(NaN):n.push((``+e).trim())}),t)this.series.$setValues(n),this.series.print();else{var i=this.series.copy();return i.$setValues(n),i}},e.prototype.join=function(e,t,n){e===void 0&&(e=``),t===void 0&&(t=` `);var i=r({inplace:!1},n).inplace,o=[];if(this.values.map(function(n){if(a.isEmpty(n))o.push(NaN);else{var r=n,i=e,s=``+r+t+i;o.push(s)}}),i)this.series.$setValues(o),this.series.print();else{var s=this.series.copy();return s.$setValues(o),s}},e.prototype.len=function(e){var t=r({inplace:!1},e).inplace,n=[];if(this.values.map(function(e){a.isEmpty(e)?n.push(NaN):n.push((``+e).length)}),t)this.series.$setValues(n),this.series.print();else{var i=this.series.copy();return i.$setValues(n),i}},e}()})),up=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.toDateTime=void 0;var i=r($()),a=[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`],o=[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],s=function(){function e(e){this.$dateObjectArray=e instanceof i.default?this.processData(e.values):this.processData(e)}return e.prototype.processData=function(e){return e.map(function(e){return/* @__PURE__ */ new Date(``+e)})},e.prototype.month=function(){var e=this.$dateObjectArray.map(function(e){return e.getMonth()});return new i.default(e)},e.prototype.dayOfWeek=function(){var e=this.$dateObjectArray.map(function(e){return e.getDay()});return new i.default(e)},e.prototype.year=function(){var e=this.$dateObjectArray.map(function(e){return e.getFullYear()});return new i.default(e)},e.prototype.monthName=function(){var e=this.$dateObjectArray.map(function(e){return o[e.getMonth()]});return new i.default(e)},e.prototype.dayOfWeekName=function(){var e=this.$dateObjectArray.map(function(e){return a[e.getDay()]});return new i.default(e)},e.prototype.dayOfMonth=function(){var e=this.$dateObjectArray.map(function(e){return e.getDate()});return new i.default(e)},e.prototype.hours=function(){var e=this.$dateObjectArray.map(function(e){return e.getHours()});return new i.default(e)},e.prototype.seconds=function(){var e=this.$dateObjectArray.map(function(e){return e.getSeconds()});return new i.default(e)},e.prototype.minutes=function(){var e=this.$dateObjectArray.map(function(e){return e.getMinutes()});return new i.default(e)},e.prototype.date=function(){var e=this.$dateObjectArray.map(function(e){return e.toLocaleString()});return new i.default(e)},e}();e.default=s,e.toDateTime=function(e){return new s(e)}})),$=/* @__PURE__ */ r(((t,n,r)=>{var i=r&&r.__extends||(function(){var e=function(t,n){return e=Object.setPrototypeOf||{__proto__:[]}instanceof Array&&function(e,t){e.__proto__=t}||function(e,t){for(var n in t)Object.prototype.hasOwnProperty.call(t,n)&&(e[n]=t[n])},e(t,n)};return function(t,n){if(typeof n!=`function`&&n!==null)throw TypeError(`Class extends value `+String(n)+` is not a constructor or null`);e(t,n);function r(){this.constructor=t}t.prototype=n===null?Object.create(n):(r.prototype=n.prototype,new r)}})(),a=r&&r.__assign||function(){return a=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},a.apply(this,arguments)},o=r&&r.__awaiter||function(e,t,n,r){function i(e){return e instanceof n?e:new n(function(t){t(e)})}return new(n||=Promise)(function(n,a){function o(e){try{c(r.next(e))}catch(e){a(e)}}function s(e){try{c(r.throw(e))}catch(e){a(e)}}function c(e){e.done?n(e.value):i(e.value).then(o,s)}c((r=r.apply(e,t||[])).next())})},s=r&&r.__generator||function(e,t){var n={label:0,sent:function(){if(a[0]&1)throw a[1];return a[1]},trys:[],ops:[]},r,i,a,o={next:s(0),throw:s(1),return:s(2)};return typeof Symbol==`function`&&(o[Symbol.iterator]=function(){return this}),o;function s(e){return function(t){return c([e,t])}}function c(o){if(r)throw TypeError(`Generator is already executing.`);for(;n;)try{if(r=1,i&&(a=o[0]&2?i.return:o[0]?i.throw||((a=i.return)&&a.call(i),0):i.next)&&!(a=a.call(i,o[1])).done)return a;switch(i=0,a&&(o=[o[0]&2,a.value]),o[0]){case 0:case 1:a=o;break;case 4:return n.label++,{value:o[1],done:!1};case 5:n.label++,i=o[1],o=[0];continue;case 7:o=n.ops.pop(),n.trys.pop();continue;default:if(a=n.trys,!(a=a.length>0&&a[a.length-1])&&(o[0]===6||o[0]===2)){n=0;continue}if(o[0]===3&&(!a||o[1]>a[0]&&o[1]<a[3])){n.label=o[1];break}if(o[0]===6&&n.label<a[1]){n.label=a[1],a=o;break}if(a&&n.label<a[2]){n.label=a[2],n.ops.push(o);break}a[2]&&n.ops.pop(),n.trys.pop();continue}o=t.call(e,n)}catch(e){o=[6,e],i=0}finally{r=a=0}if(o[0]&5)throw o[1];return{value:o[0]?o[1]:void 0,done:!0}}},c=r&&r.__spreadArray||function(e,t,n){if(n||arguments.length===2)for(var r=0,i=t.length,a;r<i;r++)(a||!(r in t))&&(a||=Array.prototype.slice.call(t,0,r),a[r]=t[r]);return e.concat(a||Array.prototype.slice.call(t))},l=r&&r.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(t,"__esModule",{value:!0});
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var u=l(sp()),d=(Zd(),e(Ud)),f=l(Z()),p=sl(),m=cp(),h=l(ll()),g=ef(),_=l(X()),v=l(Hd()),y=Kf(),b=l(lp()),x=l(up()),S=op(),C=new _.default;t.default=function(e){i(t,e);function t(t,n){t===void 0&&(t=[]),n===void 0&&(n={});var r=this,i=n.index,a=n.columns,o=n.dtypes,s=n.config;return(Array.isArray(t[0])||C.isObject(t[0]))&&(t=C.convert2DArrayToSeriesArray(t)),r=e.call(this,{data:t,index:i,columns:a,dtypes:o,config:s,isSeries:!0})||this,r}return t.prototype.iloc=function(e){return(0,g._iloc)({ndFrame:this,rows:e})},t.prototype.loc=function(e){return(0,g._loc)({ndFrame:this,rows:e})},t.prototype.head=function(e){if(e===void 0&&(e=5),e<=0)throw Error(`ParamError: Number of rows cannot be less than 1`);if(this.shape[0]<=e)return this.copy();if(this.shape[0]-e<0)throw Error(`ParamError: Number of rows cannot be greater than available rows in data`);return this.iloc([`0:`+e])},t.prototype.tail=function(e){if(e===void 0&&(e=5),e<=0)throw Error(`ParamError: Number of rows cannot be less than 1`);if(this.shape[0]<=e)return this.copy();if(this.shape[0]-e<0)throw Error(`ParamError: Number of rows cannot be greater than available rows in data`);var t=this.shape[0]-e;return this.iloc([t+`:`])},t.prototype.sample=function(e,t){return e===void 0&&(e=5),o(this,void 0,void 0,function(){var n,r,i;return s(this,function(o){switch(o.label){case 0:if(n=a({seed:1},t).seed,e>this.shape[0])throw Error(`Sample size n cannot be bigger than size of dataset`);if(e<-1||e==0)throw Error(`Sample size cannot be less than -1 or be equal to 0`);return e=e===-1?this.shape[0]:e,[4,f.default.data.array(this.index).shuffle(e,``+n).take(e).toArray()];case 1:return r=o.sent(),i=this.iloc(r),[2,i]}})})},t.prototype.add=function(e,t){var n=a({inplace:!1},t).inplace;this.dtypes[0]==`string`&&h.default.throwStringDtypeOperationError(`add`);var r=(0,m._genericMathOp)({ndFrame:this,other:e,operation:`add`});if(n)this.$setValues(r);else return C.createNdframeFromNewDataWithOldProps({ndFrame:this,newData:r,isSeries:!0})},t.prototype.sub=function(e,t){var n=a({inplace:!1},t).inplace;this.dtypes[0]==`string`&&h.default.throwStringDtypeOperationError(`sub`);var r=(0,m._genericMathOp)({ndFrame:this,other:e,operation:`sub`});if(n)this.$setValues(r);else return C.createNdframeFromNewDataWithOldProps({ndFrame:this,newData:r,isSeries:!0})},t.prototype.mul=function(e,t){var n=a({inplace:!1},t).inplace;this.dtypes[0]==`string`&&h.default.throwStringDtypeOperationError(`mul`);var r=(0,m._genericMathOp)({ndFrame:this,other:e,operation:`mul`});if(n)this.$setValues(r);else return C.createNdframeFromNewDataWithOldProps({ndFrame:this,newData:r,isSeries:!0})},t.prototype.div=function(e,t){var n=a({inplace:!1},t).inplace;this.dtypes[0]==`string`&&h.default.throwStringDtypeOperationError(`div`);var r=(0,m._genericMathOp)({ndFrame:this,other:e,operation:`div`});if(n)this.$setValues(r);else return C.createNdframeFromNewDataWithOldProps({ndFrame:this,newData:r,isSeries:!0})},t.prototype.pow=function(e,t){var n=a({inplace:!1},t).inplace;this.dtypes[0]==`string`&&h.default.throwStringDtypeOperationError(`pow`);var r=(0,m._genericMathOp)({ndFrame:this,other:e,operation:`pow`});if(n)this.$setValues(r);else return C.createNdframeFromNewDataWithOldProps({ndFrame:this,newData:r,isSeries:!0})},t.prototype.mod=function(e,t){var n=a({inplace:!1},t).inplace;this.dtypes[0]==`string`&&h.default.throwStringDtypeOperationError(`mod`);var r=(0,m._genericMathOp)({ndFrame:this,other:e,operation:`mod`});if(n)this.$setValues(r);else return C.createNdframeFromNewDataWithOldProps({ndFrame:this,newData:r,isSeries:!0})},t.prototype.$checkAndCleanValues=function(e,t){return this.dtypes[0]==`string`&&h.default.throwStringDtypeOperationError(t),e=C.removeMissingValuesFromArray(e),this.dtypes[0]==`boolean`&&(e=C.mapBooleansToIntegers(e,1)),e},t.prototype.mean=function(){var e=this.$checkAndCleanValues(this.values,`mean`);return e.reduce(function(e,t){return e+t})/e.length},t.prototype.median=function(){var e=this.$checkAndCleanValues(this.values,`median`);return(0,d.median)(e)},t.prototype.mode=function(){var e=this.$checkAndCleanValues(this.values,`mode`);return(0,d.mode)(e)},t.prototype.min=function(){for(var e=this.$checkAndCleanValues(this.values,`min`),t=e[0],n=0;n<e.length;n++)t=t<e[n]?t:e[n];return t},t.prototype.max=function(){for(var e=this.$checkAndCleanValues(this.values,`max`),t=e[0],n=0;n<e.length;n++)t=t>e[n]?t:e[n];return t},t.prototype.sum=function(){return this.$checkAndCleanValues(this.values,`sum`).reduce(function(e,t){return e+t},0)},t.prototype.count=function(){return C.removeMissingValuesFromArray(this.values).length},t.prototype.maximum=function(e){return this.dtypes[0]==`string`&&h.default.throwStringDtypeOperationError(`maximum`),new t((0,m._genericMathOp)({ndFrame:this,other:e,operation:`maximum`}),{columns:this.columns,index:this.index})},t.prototype.minimum=function(e){return this.dtypes[0]==`string`&&h.default.throwStringDtypeOperationError(`maximum`),new t((0,m._genericMathOp)({ndFrame:this,other:e,operation:`minimum`}),{columns:this.columns,index:this.index})},t.prototype.round=function(e,t){e===void 0&&(e=1);var n=a({inplace:!1},t).inplace;e===void 0&&(e=1);var r=C.round(this.values,e,!0);if(n)this.$setValues(r);else return C.createNdframeFromNewDataWithOldProps({ndFrame:this,newData:r,isSeries:!0})},t.prototype.std=function(){var e=this.$checkAndCleanValues(this.values,`max`);return(0,d.std)(e)},t.prototype.var=function(){var e=this.$checkAndCleanValues(this.values,`max`);return(0,d.variance)(e)},t.prototype.isNa=function(){return new t(this.values.map(function(e){return!!C.isEmpty(e)}),{index:this.index,dtypes:[`boolean`],config:this.config})},t.prototype.fillNa=function(e,t){var n=a({inplace:!1},t).inplace;if(!e&&typeof e!=`boolean`&&typeof e!=`number`)throw Error(`ParamError: value must be specified`);var r=[];if(this.values.forEach(function(t){C.isEmpty(t)?r.push(e):r.push(t)}),n)this.$setValues(r);else return C.createNdframeFromNewDataWithOldProps({ndFrame:this,newData:r,isSeries:!0})},t.prototype.sortValues=function(e){for(var n=a({ascending:!0,inplace:!1},e),r=n.ascending,i=n.inplace,o=[],s=[],c=C.range(0,this.index.length-1),l=C.sortArrayByIndex(c,this.values,this.dtypes[0]),u=0,d=l;u<d.length;u++){var f=d[u];o.push(this.values[f]),s.push(this.index[f])}if(r&&(o=o.reverse(),s=s.reverse()),i)this.$setValues(o),this.$setIndex(s);else return new t(o,{index:s,dtypes:this.dtypes,config:this.config})},t.prototype.copy=function(){return new t(c([],this.values,!0),{columns:c([],this.columns,!0),index:c([],this.index,!0),dtypes:c([],this.dtypes,!0),config:a({},this.config)})},t.prototype.describe=function(){if(this.dtypes[0]==`string`)throw Error(`DType Error: Cannot generate descriptive statistics for Series with string dtype`);return new t([this.count(),this.mean(),this.std(),this.min(),this.median(),this.max(),this.var()],{index:[`count`,`mean`,`std`,`min`,`median`,`max`,`variance`]})},t.prototype.resetIndex=function(e){if(a({inplace:!1},e).inplace)this.$resetIndex();else{var t=this.copy();return t.$resetIndex(),t}},t.prototype.setIndex=function(e,t){var n=a({inplace:!1},t).inplace;if(!e)throw Error(`Param Error: Must specify index array`);if(n)this.$setIndex(e);else{var r=this.copy();return r.$setIndex(e),r}},t.prototype.map=function(e,t){var n=a({inplace:!1},t).inplace,r=C.isFunction(e),i=this.values.map(function(t,n){if(r)return e(t,n);if(C.isObject(e))return t in e?e[t]:t;throw Error(`Param Error: callable must either be a function or an object`)});if(n)this.$setValues(i);else{var o=this.copy();return o.$setValues(i),o}},t.prototype.apply=function(e,t){var n=a({inplace:!1},t).inplace;if(!C.isFunction(e))throw Error(`Param Error: callable must be a function`);var r=this.values.map(function(t){return e(t)});if(n)this.$setValues(r);else{var i=this.copy();return i.$setValues(r),i}},t.prototype.unique=function(){var e=new Set(this.values);return new t(Array.from(e))},t.prototype.nUnique=function(){return new Set(this.values).size},t.prototype.valueCounts=function(){for(var e=this.values,n={},r=0;r<e.length;r++){var i=e[r];``+i in n?n[``+i]=n[``+i]+1:n[``+i]=1}var a=Object.keys(n).map(function(e){return parseInt(e)?parseInt(e):e});return new t(Object.values(n),{index:a})},t.prototype.abs=function(e){var t=a({inplace:!1},e).inplace;this.dtypes[0]==`string`&&h.default.throwStringDtypeOperationError(`abs`);var n=this.values.map(function(e){return Math.abs(e)});if(t)this.$setValues(n);else{var r=this.copy();return r.$setValues(n),r}},t.prototype.cumSum=function(e){var t=a({inplace:!1},e);return this.cumOps(`sum`,t)},t.prototype.cumMin=function(e){var t=a({inplace:!1},e);return this.cumOps(`min`,t)},t.prototype.cumMax=function(e){var t=a({inplace:!1},e);return this.cumOps(`max`,t)},t.prototype.cumProd=function(e){var t=a({inplace:!1},e);return this.cumOps(`prod`,t)},t.prototype.cumOps=function(e,n){this.dtypes[0]==`string`&&h.default.throwStringDtypeOperationError(e);for(var r=n.inplace,i=this.values,o=i[0],s=[o],c=1;c<i.length;c++){var l=i[c];switch(e){case`max`:l>o?(s.push(l),o=l):s.push(o);break;case`min`:l<o?(s.push(l),o=l):s.push(o);break;case`sum`:o+=l,s.push(o);break;case`prod`:o*=l,s.push(o)}}if(r)this.$setValues(s);else return new t(s,{index:this.index,config:a({},this.config)})},t.prototype.lt=function(e){return this.boolOps(e,`lt`)},t.prototype.gt=function(e){return this.boolOps(e,`gt`)},t.prototype.le=function(e){return this.boolOps(e,`le`)},t.prototype.ge=function(e){return this.boolOps(e,`ge`)},t.prototype.ne=function(e){return this.boolOps(e,`ne`)},t.prototype.eq=function(e){return this.boolOps(e,`eq`)},t.prototype.boolOps=function(e,n){var r=[],i=this.values,o;if(typeof e==`number`)o=Array(this.values.length).fill(e);else if(typeof e==`string`&&[`eq`,`ne`].includes(n))o=Array(this.values.length).fill(e);else if(e instanceof t)o=e.values;else if(Array.isArray(e))o=e;else throw Error(`ParamError: value for other not supported. It must be either a scalar, Array or Series`);if(i.length!==o.length)throw Error(`LengthError: length of other must be equal to length of Series`);for(var s=0;s<i.length;s++){var c=i[s],l=o[s],u=null;switch(n){case`lt`:u=c<l,r.push(u);break;case`gt`:u=c>l,r.push(u);break;case`le`:u=c<=l,r.push(u);break;case`ge`:u=c>=l,r.push(u);break;case`ne`:u=c!==l,r.push(u);break;case`eq`:u=c===l,r.push(u)}}return new t(r,{index:this.index,config:a({},this.config)})},t.prototype.replace=function(e,t,n){var r=a({inplace:!1},n).inplace;if(typeof e==`number`&&isNaN(e))throw Error(`Params Error: Param 'oldValue' does not support NaN. Use Series.fillNa() instead.`);if(!e&&typeof e!=`boolean`&&typeof e!=`number`&&typeof e!=`string`)throw Error(`Params Error: Must specify param 'oldValue' to replace`);if(!t&&typeof t!=`boolean`&&typeof t!=`number`&&typeof t!=`string`)throw Error(`Params Error: Must specify param 'newValue' to replace with`);var i=c([],this.values,!0).map(function(n){return n===e?t:n});if(r)this.$setValues(i);else{var o=this.copy();return o.$setValues(i),o}},t.prototype.dropNa=function(e){var t=a({inplace:!1},e).inplace,n=this.values,r=this.index,i=[],o=[];if(this.isNa().values.forEach(function(e,t){e||(i.push(n[t]),o.push(r[t]))}),t)this.$setValues(i,!1),this.$setIndex(o);else{var s=this.copy();return s.$setValues(i,!1),s.$setIndex(o),s}},t.prototype.argSort=function(e){var n=a({ascending:!0},e).ascending;return new t(this.sortValues({ascending:n}).index)},t.prototype.argMax=function(){return this.tensor.argMax().arraySync()},t.prototype.argMin=function(){return this.tensor.argMin().arraySync()},t.prototype.dropDuplicates=function(e){var t=a({keep:`first`,inplace:!1},e),n=t.keep,r=t.inplace;if(![`first`,`last`].includes(n))throw Error(`Params Error: Keep must be one of 'first' or 'last'`);var i,o=[],s,c=[];if(n===`last`?(i=this.values.reverse(),s=this.index.reverse()):(i=this.values,s=this.index),i.forEach(function(e,t){o.includes(e)||(c.push(s[t]),o.push(e))}),n===`last`&&(o=o.reverse(),c=c.reverse()),r)this.$setValues(o,!1),this.$setIndex(c);else{var l=this.copy();return l.$setValues(o,!1),l.$setIndex(c),l}},t.prototype.asType=function(e,t){var n=a({inplace:!1},t).inplace;if(!e)throw Error(`Param Error: Please specify dtype to cast to`);if(!p.DATA_TYPES.includes(e))throw Error(`dtype `+e+` not supported. dtype must be one of `+p.DATA_TYPES);var r=c([],this.values,!0),i=[];switch(e){case`float32`:r.forEach(function(e){i.push(Number(e))});break;case`int32`:r.forEach(function(e){i.push(parseInt(e))});break;case`string`:r.forEach(function(e){i.push(String(e))});break;case`boolean`:r.forEach(function(e){i.push(!!e)});break;case`undefined`:r.forEach(function(e){i.push(NaN)})}if(n)this.$setValues(i,!1),this.$setDtypes([e]);else{var o=this.copy();return o.$setValues(i,!1),o.$setDtypes([e]),o}},t.prototype.append=function(e,n,r){var i=a({inplace:!1},r).inplace;if(!e&&typeof e!=`boolean`&&typeof e!=`number`)throw Error(`Param Error: newValue cannot be null or undefined`);if(!n)throw Error(`Param Error: index cannot be null or undefined`);var o=c([],this.values,!0),s=c([],this.index,!0);if(Array.isArray(e)&&Array.isArray(n)){if(e.length!==n.length)throw Error(`Param Error: Length of new values and index must be the same`);e.forEach(function(e,t){o.push(e),s.push(n[t])})}else if(e instanceof t){var l=e.values;if(!Array.isArray(n))throw Error(`Param Error: index must be an array`);if(n.length!==l.length)throw Error(`Param Error: Length of new values and index must be the same`);l.forEach(function(e,t){o.push(e),s.push(n[t])})}else o.push(e),s.push(n);if(i)this.$setValues(o,!1),this.$setIndex(s);else return new t(o,{index:s,columns:this.columns,dtypes:this.dtypes,config:this.config})},Object.defineProperty(t.prototype,"dtype",{get:function(){return this.dtypes[0]},enumerable:!1,configurable:!0}),Object.defineProperty(t.prototype,"str",{get:function(){if(this.dtypes[0]==`string`)return new b.default(this);throw Error(`Cannot call accessor str on non-string type`)},enumerable:!1,configurable:!0}),Object.defineProperty(t.prototype,"dt",{get:function(){if([`string`,`datetime`].includes(this.dtypes[0]))return new x.default(this);throw Error(`Cannot call accessor dt on non-string type`)},enumerable:!1,configurable:!0}),t.prototype.toString=function(){var e=this.$config.getMaxRow,t,n=[];if(this.shape[0]>e){var r=this.iloc([`0:`+e]);t=r.index,n=r.values}else t=this.index,n=this.values;var i=n.map(function(e,n){return[t[n],e]});return(0,y.table)(i)},t.prototype.and=function(e){if(e===void 0)throw Error(`Param Error: other cannot be undefined`);var n=[];if(e instanceof t){if(this.dtypes[0]!==e.dtypes[0])throw Error(`Param Error: Series must be of same dtype`);if(this.shape[0]!==e.shape[0])throw Error(`Param Error: Series must be of same shape`);this.values.forEach(function(t,r){n.push(!!t&&!!e.values[r])})}else if(typeof e==`boolean`)this.values.forEach(function(t){n.push(!!t&&!!e)});else if(Array.isArray(e))this.values.forEach(function(t,r){n.push(!!t&&!!e[r])});else throw Error(`Param Error: other must be a Series, Scalar, or Array of Scalars`);return new t(n,{index:this.index,config:a({},this.config)})},t.prototype.or=function(e){if(e===void 0)throw Error(`Param Error: other cannot be undefined`);var n=[];if(e instanceof t){if(this.dtypes[0]!==e.dtypes[0])throw Error(`Param Error: Series must be of same dtype`);if(this.shape[0]!==e.shape[0])throw Error(`Param Error: Series must be of same shape`);this.values.forEach(function(t,r){n.push(!!t||!!e.values[r])})}else if(typeof e==`boolean`)this.values.forEach(function(t){n.push(!!t||!!e)});else if(Array.isArray(e))this.values.forEach(function(t,r){n.push(!!t||!!e[r])});else throw Error(`Param Error: other must be a Series, Scalar, or Array of Scalars`);return new t(n,{index:this.index,config:a({},this.config)})},t.prototype.getDummies=function(e){return(0,u.default)(this,e)},t.prototype.iat=function(e){if(typeof e==`string`)throw Error(`ParamError: row index must be an integer. Use .at to get a row by label.`);return this.values[e]},t.prototype.at=function(e){if(typeof e!=`string`)throw Error(`ParamError: row index must be a string. Use .iat to get a row by index.`);return this.values[this.index.indexOf(e)]},t.prototype.plot=function(e){if(C.isBrowserEnv())return new S.PlotlyLib(this,e);throw Error(`Not supported in NodeJS`)},t}(v.default)})),dp=/* @__PURE__ */ r(((e,t,n)=>{
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0});var a=i($()),o=i(Q()),s=i(X()),c=i(Z()),l=new s.default;e.default=function(){function e(){this.$max=c.default.tensor1d([]),this.$min=c.default.tensor1d([])}return e.prototype.$getTensor=function(e){var t;if(e instanceof Array)t=l.is1DArray(e)?c.default.tensor1d(e):c.default.tensor2d(e);else if(e instanceof o.default||e instanceof a.default)t=e.tensor;else if(e instanceof c.default.Tensor)t=e;else throw Error(`ParamError: data must be one of Array, Tensor, DataFrame or Series`);return t},e.prototype.fit=function(e){var t=this.$getTensor(e);return this.$max=t.max(0),this.$min=t.min(0),this},e.prototype.transform=function(e){var t=this.$getTensor(e).sub(this.$min).div(this.$max.sub(this.$min));return Array.isArray(e)?t.arraySync():e instanceof a.default?new a.default(t,{index:e.index}):e instanceof o.default?new o.default(t,{index:e.index,columns:e.columns,config:r({},e.config)}):t},e.prototype.fitTransform=function(e){return this.fit(e),this.transform(e)},e.prototype.inverseTransform=function(e){var t=this.$getTensor(e).mul(this.$max.sub(this.$min)).add(this.$min);return Array.isArray(e)?t.arraySync():e instanceof a.default?new a.default(t,{index:e.index}):e instanceof o.default?new o.default(t,{index:e.index,columns:e.columns,config:r({},e.config)}):t},e}()})),fp=/* @__PURE__ */ r(((e,t,n)=>{
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0});var a=i(Z()),o=i($()),s=i(Q()),c=new(i(X())).default;e.default=function(){function e(){this.$std=a.default.tensor1d([]),this.$mean=a.default.tensor1d([])}return e.prototype.$getTensor=function(e){var t;if(e instanceof Array)t=c.is1DArray(e)?a.default.tensor1d(e):a.default.tensor2d(e);else if(e instanceof s.default||e instanceof o.default)t=e.tensor;else if(e instanceof a.default.Tensor)t=e;else throw Error(`ParamError: data must be one of Array, DataFrame or Series`);return t},e.prototype.fit=function(e){var t=this.$getTensor(e);return this.$std=a.default.moments(t,0).variance.sqrt(),this.$mean=t.mean(0),this},e.prototype.transform=function(e){var t=this.$getTensor(e).sub(this.$mean).div(this.$std);return Array.isArray(e)?t.arraySync():e instanceof o.default?new o.default(t,{index:e.index}):e instanceof s.default?new s.default(t,{index:e.index,columns:e.columns,config:r({},e.config)}):t},e.prototype.fitTransform=function(e){return this.fit(e),this.transform(e)},e.prototype.inverseTransform=function(e){var t=this.$getTensor(e).mul(this.$std).add(this.$mean);return Array.isArray(e)?t.arraySync():e instanceof o.default?new o.default(t,{index:e.index}):e instanceof s.default?new s.default(t,{index:e.index,columns:e.columns,config:r({},e.config)}):t},e}()})),pp=/* @__PURE__ */ r(((e,t,n)=>{
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0});var i=r(Z()),a=r($()),o=new(r(X())).default;e.default=function(){function e(){this.$labels={}}return e.prototype.$getData=function(e){var t;if(e instanceof Array){if(o.is1DArray(e))t=e;else throw Error(`ValueError: data must be a 1D array.`)}else if(e instanceof a.default)t=e.values;else if(e instanceof i.default.Tensor)t=e.arraySync();else throw Error(`ParamError: data must be one of Array, 1d Tensor or Series.`);return t},e.prototype.fit=function(e){var t=this.$getData(e),n=Array.from(new Set(t)),r={};return n.forEach(function(e,t){r[e]=t}),this.$labels=r,this},e.prototype.transform=function(e){var t=this,n=this.$getData(e).map(function(e){return t.$labels[e]===void 0?-1:t.$labels[e]});return e instanceof Array?n:e instanceof a.default?new a.default(n):i.default.tensor1d(n)},e.prototype.fitTransform=function(e){return this.fit(e),this.transform(e)},e.prototype.inverseTransform=function(e){var t=this,n=this.$getData(e).map(function(e){return Object.keys(t.$labels).find(function(n){return t.$labels[n]===e})}).map(function(e){return isNaN(parseInt(e))?e:Number(e)});return e instanceof Array?n:e instanceof a.default?new a.default(n):i.default.tensor1d(n)},Object.defineProperty(e.prototype,"nClasses",{get:function(){return Object.keys(this.$labels).length},enumerable:!1,configurable:!0}),Object.defineProperty(e.prototype,"classes",{get:function(){return this.$labels},enumerable:!1,configurable:!0}),e}()})),mp=/* @__PURE__ */ r(((e,t,n)=>{
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0});var i=r(Q()),a=r(Z()),o=r($()),s=new(r(X())).default;e.default=function(){function e(){this.$labels=[]}return e.prototype.$getData=function(e){var t;if(e instanceof Array){if(s.is1DArray(e))t=e;else throw Error(`ValueError: data must be a 1D array.`)}else if(e instanceof o.default)t=e.values;else if(e instanceof a.default.Tensor)t=e.arraySync();else throw Error(`ParamError: data must be one of Array, 1d Tensor or Series.`);return t},e.prototype.fit=function(e){var t=this.$getData(e),n=Array.from(new Set(t));return this.$labels=n,this},e.prototype.transform=function(e){for(var t=this.$getData(e),n=s.zeros(t.length,this.$labels.length),r=0;r<t.length;r++){var c=this.$labels.indexOf(t[r]);n[r][c]=1}return e instanceof Array?n:e instanceof o.default?new i.default(n,{index:e.index}):a.default.tensor1d(n)},e.prototype.fitTransform=function(e){return this.fit(e),this.transform(e)},e}()})),hp=/* @__PURE__ */ r(((e,t,n)=>{
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var r=n&&n.__spreadArray||function(e,t,n){if(n||arguments.length===2)for(var r=0,i=t.length,a;r<i;r++)(a||!(r in t))&&(a||=Array.prototype.slice.call(t,0,r),a[r]=t[r]);return e.concat(a||Array.prototype.slice.call(t))},i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0});var a=i(Q()),o=new(i(X())).default,s=function(){function e(e){var t=e.left,n=e.right,r=e.on,i=e.how;this.leftColIndex=[],this.rightColIndex=[],this.left=t,this.right=n,this.on=r,this.how=i;for(var a=0;a<this.on.length;a++){var o=this.on[a];if(this.left.columns.includes(o)&&this.right.columns.includes(o)){var s=this.left.columns.indexOf(o),c=this.right.columns.indexOf(o);this.leftColIndex.push(s),this.rightColIndex.push(c)}}}return e.prototype.generateKeyCombination=function(e,t){for(var n={},r=0;r<e.length;r++){for(var i=e[r],a=[],s=0;s<t.length;s++){var c=t[s];a.push(i[c])}var l=a.join(`_`),u=i.filter(function(e,n){return!t.includes(n)});o.keyInObject(n,l)?n[l].filters.push(u):n[l]={filters:[u],combValues:a}}return n},e.prototype.createColumns=function(){var e=this;this.leftCol=e.left.columns.filter(function(t,n){return!e.leftColIndex.includes(n)}),this.rightCol=e.right.columns.filter(function(t,n){return!e.rightColIndex.includes(n)}),this.columns=r([],this.on,!0);var t={},n=r([],this.leftCol,!0);n.push.apply(n,this.rightCol);for(var i=0;i<n.length;i++){var a=n[i];if(o.keyInObject(t,a)){var s=a+`_`+t[a];this.columns.push(s),t[a]+=1}else this.columns.push(a),t[a]=1}},e.prototype.basic=function(e,t,n){for(var r=[],i=0;i<e.length;i++){var a=e[i];if(o.keyInObject(t,a))for(var s=t[a].filters,c=t[a].combValues,l=0;l<s.length;l++){var u=s[l];if(o.keyInObject(n,a))for(var d=n[a].filters,f=0;f<d.length;f++){var p=d[f],m=c.slice(0);m.push.apply(m,u),m.push.apply(m,p),r.push(m)}else{var h=Array(this.rightCol?.length).fill(NaN),m=c.slice(0);m.push.apply(m,u),m.push.apply(m,h),r.push(m)}}else for(var d=n[a].filters,g=n[a].combValues,_=0;_<d.length;_++){var p=d[_],h=Array(this.leftCol?.length).fill(NaN),m=g.slice(0);m.push.apply(m,h),m.push.apply(m,p),r.push(m)}}return r},e.prototype.outer=function(e,t){var n=Object.keys(e);n.push.apply(n,Object.keys(t));var r=Array.from(new Set(n));return this.basic(r,e,t)},e.prototype.inner=function(e,t){var n=Object.keys(e),r=Object.keys(t),i=n.filter(function(e){return r.includes(e)});return this.basic(i,e,t)},e.prototype.leftMerge=function(e,t){var n=Object.keys(e);return this.basic(n,e,t)},e.prototype.rightMerge=function(e,t){var n=Object.keys(t);return this.basic(n,e,t)},e.prototype.operation=function(){var e=this.left.values,t=this.right.values,n=this.generateKeyCombination(e,this.leftColIndex),i=this.generateKeyCombination(t,this.rightColIndex);this.createColumns();var o=[];switch(this.how){case`outer`:o=this.outer(n,i);break;case`inner`:o=this.inner(n,i);break;case`left`:o=this.leftMerge(n,i);break;case`right`:o=this.rightMerge(n,i)}var s=this.columns;return new a.default(o,{columns:r([],s,!0)})},e}();function c(e){return new s(e).operation()}e.default=c})),gp=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0});
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var i=new(r(X())).default,a=function(){function e(e){var t=e.start,n=e.end,r=e.offset,i=e.freq,a=e.period;if(this.start=t,this.end=n,this.offset=r,this.freq=i||`D`,this.period=a,this.freqList=[`M`,`D`,`s`,`H`,`m`,`Y`],this.freq.length==1){if(!this.freqList.includes(this.freq))throw Error(`invalid freq `+this.freq)}else{if(this.offset=parseInt(this.freq.slice(0,-1)),!Number.isFinite(this.offset))throw Error(`invalid freq offset `+this.freq.slice(0,-1));if(this.freq=this.freq.slice(-1),!this.freqList.includes(this.freq))throw Error(`invalid freq `+this.freq)}}return e.prototype.range=function(){var e=this,t=this.start,n=this.period,r=this.end,a=this.offset,o,s,c,l;if(t&&r){o=new Date(t),c=this.freqType(o,this.freq),s=new Date(r),l=this.freqType(s,this.freq),o.getFullYear()<=s.getFullYear()&&o.getMonth()!==s.getMonth()&&(this.freq==`M`?l=this.monthEnd(o,s):this.freq===`D`&&(l=this.dayEnd(o,s)-c));var u=i.range(c,l);a&&(u=this.offsetCount(u,a));var d=u.map(function(t){return e.setDateProps(o,e.freq,t)});return d[d.length-1]=s,this.toLocalString(d)}if(t&&!r){o=new Date(t),c=this.freqType(o,this.freq),n=n,l=a?n*a-1:n-1,c>l&&(l+=c);var f=i.range(c,l);a&&(f=this.offsetCount(f,a));var p=f.map(function(t){return e.setDateProps(o,e.freq,t)});return this.toLocalString(p)}s=new Date(r),l=this.freqType(s,this.freq),n=n,c=l-n+1;var m=i.range(c,l);a&&(m=this.offsetCount(m,a));var h=m.map(function(t){return e.setDateProps(s,e.freq,t)});return this.toLocalString(h)},e.prototype.freqType=function(e,t){var n=0;switch(t){case`M`:n=e.getMonth();break;case`Y`:n=e.getFullYear();break;case`s`:n=e.getSeconds();break;case`D`:n=e.getDate();break;case`H`:n=e.getHours();break;case`m`:n=e.getMinutes()}return n},e.prototype.offsetCount=function(e,t){for(var n=[],r=0;r<e.length;r+=t)n.push(e[r]);return n},e.prototype.setDateProps=function(e,t,n){var r=new Date(e.valueOf());switch(t){case`M`:Array.isArray(n)?(r.setFullYear(r.getFullYear()+n[0]),r.setMonth(n[1])):r.setMonth(n);break;case`Y`:r.setFullYear(n);break;case`s`:r.setSeconds(n);break;case`D`:r.setDate(n);break;case`H`:r.setHours(n);break;case`m`:r.setMinutes(n)}return r},e.prototype.toLocalString=function(e){return e.map(function(e){return e.toLocaleString()})},e.prototype.monthEnd=function(e,t){var n=t.getMonth();return 12*(t.getFullYear()-e.getFullYear())+n},e.prototype.monthRange=function(e){var t,n=0;return e.map(function(e){return e>11?(e%12==0&&(t=e,n=e/12),[n,e-t]):[n,e]})},e.prototype.dayEnd=function(e,t){for(var n=this.monthEnd(e,t),r=i.range(e.getMonth(),n),a=this.monthRange(r),o=0,s=0;s<a.length;s++){var c=a[s],l=void 0;l=s===a.length-1?new Date(e.getUTCFullYear()+c[0],c[1],t.getDate()).getDate():new Date(e.getUTCFullYear()+c[0],c[1],0).getDate(),o+=l}return o},e}();function o(e){return new a(e).range()}e.default=o})),_p=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__createBinding||(Object.create?(function(e,t,n,r){r===void 0&&(r=n),Object.defineProperty(e,r,{enumerable:!0,get:function(){return t[n]}})}):(function(e,t,n,r){r===void 0&&(r=n),e[r]=t[n]})),i=n&&n.__setModuleDefault||(Object.create?(function(e,t){Object.defineProperty(e,"default",{enumerable:!0,value:t})}):function(e,t){e.default=t}),a=n&&n.__importStar||function(e){if(e&&e.__esModule)return e;var t={};if(e!=null)for(var n in e)n!=="default"&&Object.prototype.hasOwnProperty.call(e,n)&&r(t,e,n);return i(t,e),t},o=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}}
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
;Object.defineProperty(e,"__esModule",{value:!0}),e.__version=e.tensorflow=e.dateRange=e.merge=e.concat=e.getDummies=e.OneHotEncoder=e.LabelEncoder=e.StandardScaler=e.MinMaxScaler=e.DataFrame=e.Series=e.toDateTime=e.Dt=e.Str=e.Utils=e.Config=e.NDframe=void 0,e.NDframe=o(Hd()).default,e.Config=o(cl()).default,e.Utils=o(X()).default,e.Series=o($()).default,e.DataFrame=o(Q()).default,e.Str=o(lp()).default;var s=a(up());e.Dt=s.default,Object.defineProperty(e,"toDateTime",{enumerable:!0,get:function(){return s.toDateTime}}),e.MinMaxScaler=o(dp()).default,e.StandardScaler=o(fp()).default,e.LabelEncoder=o(pp()).default,e.OneHotEncoder=o(mp()).default,e.getDummies=o(sp()).default,e.concat=o(Qd()).default,e.merge=o(hp()).default,e.dateRange=o(gp()).default,e.tensorflow=o(Z()).default,e.__version=`1.2.0`})),vp=/* @__PURE__ */ r(((e,t,n)=>{
/* @license
Papa Parse
v5.7.1
https://github.com/mholt/PapaParse
License: MIT
*/
((n,r)=>{typeof define==`function`&&define.amd?define([],r):typeof t==`object`&&e!==void 0?t.exports=r():n.Papa=r()})(n,function e(){var t=typeof self<`u`?self:typeof window<`u`?window:t===void 0?{}:t,n=!t.document&&!!t.postMessage,r=t.IS_PAPA_WORKER||!1,i={},a=0,o={};function s(e){return e.charCodeAt(0)===65279?e.slice(1):e}function c(e){this._handle=null,this._finished=!1,this._completed=!1,this._halted=!1,this._input=null,this._baseIndex=0,this._partialLine=``,this._rowCount=0,this._start=0,this._nextChunk=null,this.isFirstChunk=!0,this._completeResults={data:[],errors:[],meta:{}},function(e){var t=y(e);t.chunkSize=parseInt(t.chunkSize),e.step||e.chunk||(t.chunkSize=null),this._handle=new p(t),(this._handle.streamer=this)._config=t}.call(this,e),this.parseChunk=function(e,n){var i=parseInt(this._config.skipFirstNLines)||0;if(this.isFirstChunk&&0<i){let t=this._config.newline;t||=(a=this._config.quoteChar||`"`,this._handle.guessLineEndings(e,a)),e=[...e.split(t).slice(i)].join(t)}this.isFirstChunk&&x(this._config.beforeFirstChunk)&&(a=this._config.beforeFirstChunk(e))!==void 0&&(e=a),this.isFirstChunk=!1,this._halted=!1;var i=this._partialLine+e,a=(this._partialLine=``,this._handle.parse(i,this._baseIndex,!this._finished));if(!this._handle.paused()&&!this._handle.aborted()){if(e=a.meta.cursor,i=(this._finished||(this._partialLine=i.substring(e-this._baseIndex),this._baseIndex=e),a&&a.data&&(this._rowCount+=a.data.length),this._finished||this._config.preview&&this._rowCount>=this._config.preview),r)t.postMessage({results:a,workerId:o.WORKER_ID,finished:i});else if(x(this._config.chunk)&&!n){if(this._config.chunk(a,this._handle),this._handle.paused()||this._handle.aborted())return void(this._halted=!0);this._completeResults=a=void 0}return this._config.step||this._config.chunk||(this._completeResults.data=this._completeResults.data.concat(a.data),this._completeResults.errors=this._completeResults.errors.concat(a.errors),this._completeResults.meta=a.meta),this._completed||!i||!x(this._config.complete)||a&&a.meta.aborted||(this._config.complete(this._completeResults,this._input),this._completed=!0),i||a&&a.meta.paused||this._nextChunk(),a}this._halted=!0},this._sendError=function(e){x(this._config.error)?this._config.error(e):r&&this._config.error&&t.postMessage({workerId:o.WORKER_ID,error:e,finished:!1})}}function l(e){var t;(e||={}).chunkSize||(e.chunkSize=o.RemoteChunkSize),c.call(this,e),this._nextChunk=n?function(){this._readChunk(),this._chunkLoaded()}:function(){this._readChunk()},this.stream=function(e){this._input=e,this._nextChunk()},this._readChunk=function(){if(this._finished)this._chunkLoaded();else{if(t=new XMLHttpRequest,this._config.withCredentials&&(t.withCredentials=this._config.withCredentials),n||(t.onload=b(this._chunkLoaded,this),t.onerror=b(this._chunkError,this)),t.ontimeout=b(this._chunkTimeout,this),t.open(this._config.downloadRequestBody?`POST`:`GET`,this._input,!n),this._config.downloadTimeout&&!n&&(t.timeout=this._config.downloadTimeout),this._config.downloadRequestHeaders){var e,r=this._config.downloadRequestHeaders;for(e in r)t.setRequestHeader(e,r[e])}var i;this._config.chunkSize&&(i=this._start+this._config.chunkSize-1,t.setRequestHeader(`Range`,`bytes=`+this._start+`-`+i));try{t.send(this._config.downloadRequestBody)}catch(e){this._chunkError(e.message)}n&&t.status===0&&this._chunkError()}},this._chunkLoaded=function(){t.readyState===4&&(t.status<200||400<=t.status?this._chunkError():(this._start+=this._config.chunkSize||t.responseText.length,this._finished=!this._config.chunkSize||this._start>=(e=>(e=e.getResponseHeader(`Content-Range`))===null?-1:parseInt(e.substring(e.lastIndexOf(`/`)+1)))(t),this.parseChunk(t.responseText)))},this._chunkError=function(e){e=t.statusText||e,this._sendError(Error(e))},this._chunkTimeout=function(){this._chunkError(`Request timed out after `+this._config.downloadTimeout+`ms`)}}function u(e){(e||={}).chunkSize||(e.chunkSize=o.LocalChunkSize),c.call(this,e);var t,n,r=typeof FileReader<`u`;this.stream=function(e){this._input=e,n=e.slice||e.webkitSlice||e.mozSlice,r?((t=new FileReader).onload=b(this._chunkLoaded,this),t.onerror=b(this._chunkError,this)):t=new FileReaderSync,this._nextChunk()},this._nextChunk=function(){this._finished||this._config.preview&&!(this._rowCount<this._config.preview)||this._readChunk()},this._readChunk=function(){var e=this._input,i=(this._config.chunkSize&&(i=Math.min(this._start+this._config.chunkSize,this._input.size),e=n.call(e,this._start,i)),t.readAsText(e,this._config.encoding));r||this._chunkLoaded({target:{result:i}})},this._chunkLoaded=function(e){this._start+=this._config.chunkSize,this._finished=!this._config.chunkSize||this._start>=this._input.size,this.parseChunk(e.target.result)},this._chunkError=function(){this._sendError(t.error)}}function d(e){var t;c.call(this,e||={}),this.stream=function(e){return t=e,this._nextChunk()},this._nextChunk=function(){var e,n;if(!this._finished)return e=this._config.chunkSize,t=e?(n=t.substring(0,e),t.substring(e)):(n=t,``),this._finished=!t,this.parseChunk(n)}}function f(e){c.call(this,e||={});var t=[],n=!0,r=!1;this.pause=function(){c.prototype.pause.apply(this,arguments),this._input.pause()},this.resume=function(){c.prototype.resume.apply(this,arguments),this._input.resume()},this.stream=function(e){this._input=e,this._input.on(`data`,this._streamData),this._input.on(`end`,this._streamEnd),this._input.on(`error`,this._streamError)},this._checkIsFinished=function(){r&&t.length===1&&(this._finished=!0)},this._nextChunk=function(){this._checkIsFinished(),t.length?this.parseChunk(t.shift()):n=!0},this._streamData=b(function(e){try{t.push(typeof e==`string`?e:e.toString(this._config.encoding)),n&&(n=!1,this._checkIsFinished(),this.parseChunk(t.shift()))}catch(e){this._streamError(e)}},this),this._streamError=b(function(e){this._streamCleanUp(),this._sendError(e)},this),this._streamEnd=b(function(){this._streamCleanUp(),r=!0,this._streamData(``)},this),this._streamCleanUp=b(function(){this._input.removeListener(`data`,this._streamData),this._input.removeListener(`end`,this._streamEnd),this._input.removeListener(`error`,this._streamError)},this)}function p(e){var t,n,r,i,a=2**53,s=-a,c=/^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/,l=/^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/,u=this,d=0,f=0,p=!1,g=!1,_=[],v={data:[],errors:[],meta:{}};function b(t){return e.skipEmptyLines===`greedy`?t.join(``).trim()===``:t.length===1&&t[0].length===0}function S(){if(v&&r&&(w(`Delimiter`,`UndetectableDelimiter`,`Unable to auto-detect delimiting character; defaulted to '`+o.DefaultDelimiter+`'`),r=!1),e.skipEmptyLines&&(v.data=v.data.filter(function(e){return!b(e)})),C()){if(v){if(Array.isArray(v.data[0])){for(var t=0;C()&&t<v.data.length;t++)v.data[t].forEach(e);v.data.splice(0,1)}else v.data.forEach(e)}function e(e){_.push(e)}}function n(t,n){for(var r=e.header?{}:[],i=0;i<t.length;i++){var o=i,u=t[i],u=((t,n)=>(t=>(e.dynamicTypingFunction&&e.dynamicTyping[t]===void 0&&(e.dynamicTyping[t]=e.dynamicTypingFunction(t)),!0===(e.dynamicTyping[t]||e.dynamicTyping)))(t)?n===`true`||n===`TRUE`||n!==`false`&&n!==`FALSE`&&((e=>{if(c.test(e)&&(e=parseFloat(e),s<e&&e<a))return 1})(n)?parseFloat(n):l.test(n)?new Date(n):n===``?null:n):n)(o=e.header?i>=_.length?`__parsed_extra`:_[i]:o,u=e.transform?e.transform(u,o):u);o===`__parsed_extra`?(r[o]=r[o]||[],r[o].push(u)):r[o]=u}return e.header&&(i>_.length?w(`FieldMismatch`,`TooManyFields`,`Too many fields: expected `+_.length+` fields but parsed `+i,f+n):i<_.length&&w(`FieldMismatch`,`TooFewFields`,`Too few fields: expected `+_.length+` fields but parsed `+i,f+n)),r}var i;v&&(e.header||e.dynamicTyping||e.transform)&&(i=1,!v.data.length||Array.isArray(v.data[0])?(v.data=v.data.map(n),i=v.data.length):v.data=n(v.data,0),e.header&&v.meta&&(v.meta.fields=_),f+=i)}function C(){return e.header&&_.length===0}function w(e,t,n,r){e={type:e,code:t,message:n},r!==void 0&&(e.row=r),v.errors.push(e)}x(e.step)&&(i=e.step,e.step=function(t){v=t,C()?S():(S(),v.data.length!==0&&(d+=t.data.length,e.preview&&d>e.preview?n.abort():(v.data=v.data[0],i(v,u))))}),this.parse=function(i,a,s){var c=e.quoteChar||`"`,c=(e.newline||=this.guessLineEndings(i,c),r=!1,e.delimiter?x(e.delimiter)&&(e.delimiter=e.delimiter(i),v.meta.delimiter=e.delimiter):((c=((t,n,r,i,a)=>{var s,c,l,u;a||=[`,`,`	`,`|`,`;`,o.RECORD_SEP,o.UNIT_SEP];for(var d=0;d<a.length;d++){for(var f,p=a[d],m=0,g=0,_=0,v=(l=void 0,new h({comments:i,delimiter:p,newline:n,preview:10}).parse(t)),y=0;y<v.data.length;y++)r&&b(v.data[y])?_++:(f=v.data[y].length,g+=f,l===void 0?l=f:0<f&&(m+=Math.abs(f-l),l=f));0<v.data.length&&(g/=v.data.length-_),1.99<g&&(c===void 0||m<c||m===c&&u<g)&&(c=m,s=p,u=g)}return{successful:!!(e.delimiter=s),bestDelimiter:s}})(i,e.newline,e.skipEmptyLines,e.comments,e.delimitersToGuess)).successful?e.delimiter=c.bestDelimiter:(r=!0,e.delimiter=o.DefaultDelimiter),v.meta.delimiter=e.delimiter),y(e));return c.header=C(),e.preview&&e.header&&c.preview++,t=i,n=new h(c),v=n.parse(t,a,s),S(),p?{meta:{paused:!0}}:v||{meta:{paused:!1}}},this.paused=function(){return p},this.pause=function(){p=!0,n.abort(),t=x(e.chunk)?``:t.substring(n.getCharIndex())},this.resume=function(){u.streamer._halted?(p=!1,u.streamer.parseChunk(t,!0)):setTimeout(u.resume,3)},this.aborted=function(){return g},this.abort=function(){g=!0,n.abort(),v.meta.aborted=!0,x(e.complete)&&e.complete(v),t=``},this.guessLineEndings=function(e,t){e=e.substring(0,1048576);var t=RegExp(m(t)+`([^]*?)`+m(t),`gm`),n=(e=e.replace(t,``)).split(`\r`),t=e.split(`
`),e=1<t.length&&t[0].length<n[0].length;if(n.length===1||e)return`
`;for(var r=0,i=0;i<n.length;i++)n[i][0]===`
`&&r++;return r>=n.length/2?`\r
`:`\r`}}function m(e){return e.replace(/[.*+?^${}()|[\]\\]/g,`\\$&`)}function h(e){var t=(e||={}).delimiter,n=e.newline,r=e.comments,i=e.step,a=e.preview,c=e.fastMode,l=null,u=!1,d=e.quoteChar==null?`"`:e.quoteChar,f=d;if(e.escapeChar!==void 0&&(f=e.escapeChar),(typeof t!=`string`||-1<o.BAD_DELIMITERS.indexOf(t))&&(t=`,`),r===t)throw Error(`Comment character same as delimiter`);!0===r?r=`#`:(typeof r!=`string`||-1<o.BAD_DELIMITERS.indexOf(r))&&(r=!1),n!==`
`&&n!==`\r`&&n!==`\r
`&&(n=`
`);var p=0,h=!1;this.parse=function(o,g,_){if(typeof o!=`string`)throw Error(`Input must be a string`);var v=o.length,y=t.length,b=n.length,S=r.length,C=x(i),w=[],T=[],E=[],D=p=0;if(!o)return I();if(c||!1!==c&&o.indexOf(d)===-1){for(var O=o.split(n),k=0;k<O.length;k++){if(E=O[k],p+=E.length,k!==O.length-1)p+=n.length;else if(_)return I();if(!r||E.substring(0,S)!==r){if(C){if(w=[],P(E.split(t)),L(),h)return I()}else P(E.split(t));if(a&&a<=k)return w=w.slice(0,a),I(!0)}}return I()}for(var A=o.indexOf(t,p),j=o.indexOf(n,p),ee=new RegExp(m(f)+m(d),`g`),M=o.indexOf(d,p);;)if(o[p]===d)for(M=p,p++;;){if((M=o.indexOf(d,M+1))===-1)return _||T.push({type:`Quotes`,code:`MissingQuotes`,message:`Quoted field unterminated`,row:w.length,index:p}),ne();if(M===v-1)return ne(o.substring(p,M).replace(ee,d));if(d===f&&o[M+1]===f)M++;else if(d===f||M===0||o[M-1]!==f){A!==-1&&A<M+1&&(A=o.indexOf(t,M+1));var N=te((j=j!==-1&&j<M+1?o.indexOf(n,M+1):j)===-1?A:Math.min(A,j));if(o.substr(M+1+N,y)===t){E.push(o.substring(p,M).replace(ee,d)),o[p=M+1+N+y]!==d&&(M=o.indexOf(d,p)),A!==-1&&A<p&&(A=o.indexOf(t,p)),j!==-1&&j<p&&(j=o.indexOf(n,p));break}if(N=te(j),o.substring(M+1+N,M+1+N+b)===n){if(E.push(o.substring(p,M).replace(ee,d)),F(M+1+N+b),A!==-1&&A<p&&(A=o.indexOf(t,p)),M=o.indexOf(d,p),C&&(L(),h))return I();if(a&&w.length>=a)return I(!0);break}T.push({type:`Quotes`,code:`InvalidQuotes`,message:`Trailing quote on quoted field is malformed`,row:w.length,index:p}),M++}}else if(r&&E.length===0&&o.substring(p,p+S)===r){if(j===-1)return I();p=j+b,j=o.indexOf(n,p),A!==-1&&A<p&&(A=o.indexOf(t,p))}else if(A!==-1&&(A<j||j===-1))E.push(o.substring(p,A)),p=A+y,A=o.indexOf(t,p);else{if(j===-1)break;if(E.push(o.substring(p,j)),F(j+b),C&&(L(),h))return I();if(a&&w.length>=a)return I(!0)}return ne();function P(e){w.push(e),D=p}function te(e){var t=0;return t=e!==-1&&(e=o.substring(M+1,e))&&e.trim()===``?e.length:t}function ne(e){return _||(e===void 0&&(e=o.substring(p)),E.push(e),p=v,P(E),C&&L()),I()}function F(e){p=e,P(E),E=[],j=o.indexOf(n,p)}function I(r){if(e.header&&!g&&w.length&&!u){var i=w[0],a=Object.create(null),o=new Set(i);let t=!1;for(let n=0;n<i.length;n++){let r=s(i[n]);if(a[r=x(e.transformHeader)?e.transformHeader(r,n):r]){let e,s=a[r];for(;e=r+`_`+s,s++,o.has(e););o.add(e),i[n]=e,a[r]++,t=!0,(l=l===null?{}:l)[e]=r}else a[r]=1,i[n]=r;o.add(r)}t&&console.warn(`Duplicate headers found and renamed.`),u=!0}return{data:w,errors:T,meta:{delimiter:t,linebreak:n,aborted:h,truncated:!!r,cursor:D+(g||0),renamedHeaders:l}}}function L(){i(I()),w=[],T=[]}},this.abort=function(){h=!0},this.getCharIndex=function(){return p}}function g(e){var t=e.data,n=i[t.workerId],r=!1;if(t.error)n.userError(t.error,t.file);else if(t.results&&t.results.data){var a={abort:function(){r=!0,_(t.workerId,{data:[],errors:[],meta:{aborted:!0}})},pause:v,resume:v};if(x(n.userStep)){for(var o=0;o<t.results.data.length&&(n.userStep({data:t.results.data[o],errors:t.results.errors,meta:t.results.meta},a),!r);o++);delete t.results}else x(n.userChunk)&&(n.userChunk(t.results,a,t.file),delete t.results)}t.finished&&!r&&_(t.workerId,t.results)}function _(e,t){var n=i[e];x(n.userComplete)&&n.userComplete(t),n.terminate(),delete i[e]}function v(){throw Error(`Not implemented.`)}function y(e){if(typeof e!=`object`||!e)return e;var t,n=Array.isArray(e)?[]:{};for(t in e)n[t]=y(e[t]);return n}function b(e,t){return function(){e.apply(t,arguments)}}function x(e){return typeof e==`function`}return o.parse=function(n,r){var c=(r||={}).dynamicTyping||!1;if(x(c)&&(r.dynamicTypingFunction=c,c={}),r.dynamicTyping=c,r.transform=!!x(r.transform)&&r.transform,r.downloadTimeout!==void 0){var c=parseInt(r.downloadTimeout);if(isNaN(c))throw Error(`Config downloadTimeout value (`+r.downloadTimeout+`) not parsable by parseInt(val).`);r.downloadTimeout=c}if(!r.worker||!o.WORKERS_SUPPORTED)return c=null,o.NODE_STREAM_INPUT,typeof n==`string`?(n=s(n),c=new(r.download?l:d)(r)):!0===n.readable&&x(n.read)&&x(n.on)?c=new f(r):(t.File&&n instanceof File||n instanceof Object)&&(c=new u(r)),c.stream(n);(c=(()=>{var n;return!!o.WORKERS_SUPPORTED&&(n=(()=>{var n=t.URL||t.webkitURL||null,r=e.toString();return o.BLOB_URL||=n.createObjectURL(new Blob([`var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; `,`(`,r,`)();`],{type:`text/javascript`}))})(),(n=new t.Worker(n)).onmessage=g,n.id=a++,i[n.id]=n)})()).userStep=r.step,c.userChunk=r.chunk,c.userComplete=r.complete,c.userError=r.error,r.step=x(r.step),r.chunk=x(r.chunk),r.complete=x(r.complete),r.error=x(r.error),delete r.worker,c.postMessage({input:n,config:r,workerId:c.id})},o.unparse=function(e,t){var n=!1,r=!0,i=`,`,a=`\r
`,s=`"`,c=s+s,l=!1,u=null,d=!1,f=((()=>{if(typeof t==`object`){if(typeof t.delimiter!=`string`||o.BAD_DELIMITERS.filter(function(e){return t.delimiter.indexOf(e)!==-1}).length||(i=t.delimiter),typeof t.quotes!=`boolean`&&typeof t.quotes!=`function`&&!Array.isArray(t.quotes)||(n=t.quotes),typeof t.skipEmptyLines!=`boolean`&&typeof t.skipEmptyLines!=`string`||(l=t.skipEmptyLines),typeof t.newline==`string`&&(a=t.newline),typeof t.quoteChar==`string`&&(s=t.quoteChar,c=s+s),typeof t.header==`boolean`&&(r=t.header),Array.isArray(t.columns)){if(t.columns.length===0)throw Error(`Option columns is empty`);u=t.columns}t.escapeChar!==void 0&&(c=t.escapeChar+s),t.escapeFormulae instanceof RegExp?d=t.escapeFormulae:typeof t.escapeFormulae==`boolean`&&t.escapeFormulae&&(d=/^[=+\-@\t\r].*$/)}})(),new RegExp(m(s),`g`));if(typeof e==`string`&&(e=JSON.parse(e)),Array.isArray(e)){if(!e.length)return p(u,e,l);if(Array.isArray(e[0]))return p(null,e,l);if(typeof e[0]==`object`)return p(u||Object.keys(e[0]),e,l)}else if(typeof e==`object`)return typeof e.data==`string`&&(e.data=JSON.parse(e.data)),Array.isArray(e.data)&&(e.fields||(e.fields=e.meta&&e.meta.fields||u),e.fields||(e.fields=Array.isArray(e.data[0])?e.fields:typeof e.data[0]==`object`?Object.keys(e.data[0]):[]),Array.isArray(e.data[0])||typeof e.data[0]==`object`||(e.data=[e.data])),p(e.fields||[],e.data||[],l);throw Error(`Unable to serialize unrecognized input`);function p(e,t,n){var o=``,s=(typeof e==`string`&&(e=JSON.parse(e)),typeof t==`string`&&(t=JSON.parse(t)),Array.isArray(e)&&0<e.length),c=!Array.isArray(t[0]);if(s&&r){for(var l=0;l<e.length;l++)0<l&&(o+=i),o+=h(e[l],l);0<t.length&&(o+=a)}for(var u=0;u<t.length;u++){var d=(s?e:t[u]).length,f=!1,p=s?Object.keys(t[u]).length===0:t[u].length===0;if(n&&!s&&(f=n===`greedy`?t[u].join(``).trim()===``:t[u].length===1&&(t[u][0]==null||t[u][0].length===0)),n===`greedy`&&s){for(var m=[],g=0;g<d;g++){var _=c?e[g]:g;m.push(t[u][_])}f=m.join(``).trim()===``}if(!f){for(var v=0;v<d;v++){0<v&&!p&&(o+=i);var y=s&&c?e[v]:v;o+=h(t[u][y],v)}u<t.length-1&&(!n||0<d&&!p)&&(o+=a)}}return o}function h(e,t){var r,a,l;return e==null?``:e.constructor===Date?isNaN(e.getTime())?``:e.toISOString():(l=!1,r=e.toString(),d&&typeof e!=`number`&&typeof e!=`bigint`&&typeof e!=`boolean`&&d.test(r)&&(e=r=`'`+r,l=!0),a=r.replace(f,c),(l=l||!0===n||typeof n==`function`&&n(e,t)||Array.isArray(n)&&n[t]||((e,t)=>{for(var n=0;n<t.length;n++)if(-1<e.indexOf(t[n]))return!0;return!1})(a,o.BAD_DELIMITERS)||-1<a.indexOf(i)||-1<r.indexOf(s)||a.charAt(0)===` `||a.charAt(a.length-1)===` `)?s+a+s:a)}},o.RECORD_SEP=``,o.UNIT_SEP=``,o.BYTE_ORDER_MARK=`﻿`,o.BAD_DELIMITERS=[`\r`,`
`,`"`,o.BYTE_ORDER_MARK],o.WORKERS_SUPPORTED=!n&&!!t.Worker,o.NODE_STREAM_INPUT=1,o.LocalChunkSize=10485760,o.RemoteChunkSize=5242880,o.DefaultDelimiter=`,`,o.Parser=h,o.ParserHandle=p,o.NetworkStreamer=l,o.FileStreamer=u,o.StringStreamer=d,o.ReadableStreamStreamer=f,r&&(t.onmessage=function(e){e=e.data,o.WORKER_ID===void 0&&e&&(o.WORKER_ID=e.workerId),typeof e.input==`string`?t.postMessage({workerId:o.WORKER_ID,results:o.parse(e.input,e.config),finished:!0}):(t.File&&e.input instanceof File||e.input instanceof Object)&&(e=o.parse(e.input,e.config))&&t.postMessage({workerId:o.WORKER_ID,results:e,finished:!0})}),(l.prototype=Object.create(c.prototype)).constructor=l,(u.prototype=Object.create(c.prototype)).constructor=u,(d.prototype=Object.create(d.prototype)).constructor=d,(f.prototype=Object.create(c.prototype)).constructor=f,o})})),yp=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__awaiter||function(e,t,n,r){function i(e){return e instanceof n?e:new n(function(t){t(e)})}return new(n||=Promise)(function(n,a){function o(e){try{c(r.next(e))}catch(e){a(e)}}function s(e){try{c(r.throw(e))}catch(e){a(e)}}function c(e){e.done?n(e.value):i(e.value).then(o,s)}c((r=r.apply(e,t||[])).next())})},a=n&&n.__generator||function(e,t){var n={label:0,sent:function(){if(a[0]&1)throw a[1];return a[1]},trys:[],ops:[]},r,i,a,o={next:s(0),throw:s(1),return:s(2)};return typeof Symbol==`function`&&(o[Symbol.iterator]=function(){return this}),o;function s(e){return function(t){return c([e,t])}}function c(o){if(r)throw TypeError(`Generator is already executing.`);for(;n;)try{if(r=1,i&&(a=o[0]&2?i.return:o[0]?i.throw||((a=i.return)&&a.call(i),0):i.next)&&!(a=a.call(i,o[1])).done)return a;switch(i=0,a&&(o=[o[0]&2,a.value]),o[0]){case 0:case 1:a=o;break;case 4:return n.label++,{value:o[1],done:!1};case 5:n.label++,i=o[1],o=[0];continue;case 7:o=n.ops.pop(),n.trys.pop();continue;default:if(a=n.trys,!(a=a.length>0&&a[a.length-1])&&(o[0]===6||o[0]===2)){n=0;continue}if(o[0]===3&&(!a||o[1]>a[0]&&o[1]<a[3])){n.label=o[1];break}if(o[0]===6&&n.label<a[1]){n.label=a[1],a=o;break}if(a&&n.label<a[2]){n.label=a[2],n.ops.push(o);break}a[2]&&n.ops.pop(),n.trys.pop();continue}o=t.call(e,n)}catch(e){o=[6,e],i=0}finally{r=a=0}if(o[0]&5)throw o[1];return{value:o[0]?o[1]:void 0,done:!0}}},o=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.$toCSV=e.$streamCSV=e.$readCSV=void 0;var s=_p(),c=o(vp());e.$readCSV=function(e,t){return i(void 0,void 0,void 0,function(){var n,i;return a(this,function(a){return n=t?.frameConfig||{},i=n.dtypes?.includes(`string`),[2,new Promise(function(a,o){var l=!1;c.default.parse(e,r(r({header:!0,dynamicTyping:!i,skipEmptyLines:`greedy`,delimiter:`,`},t),{error:function(e){l=!0,o(/* @__PURE__ */ Error(`Failed to parse CSV: `+e.message))},download:!0,complete:function(e){if(!l){if(!e.data||e.data.length===0)o(/* @__PURE__ */ Error(`No data found in CSV file`));else if(e.errors&&e.errors.length>0)o(/* @__PURE__ */ Error(`CSV parsing errors: `+e.errors.map(function(e){return e.message}).join(`, `)));else try{a(new s.DataFrame(e.data,n))}catch(e){var t=e instanceof Error?e.message:`Unknown error occurred`;o(/* @__PURE__ */ Error(`Failed to create DataFrame from CSV: `+t))}}}}))})]})})},e.$streamCSV=function(e,t,n){return i(void 0,void 0,void 0,function(){var i;return a(this,function(a){return i=n?.frameConfig||{},[2,new Promise(function(a,o){var l=0,u=!1,d=i.dtypes?.includes(`string`);c.default.parse(e,r(r({header:!0,download:!0,dynamicTyping:!d,delimiter:`,`},n),{step:function(e){if(!u)try{t(new s.DataFrame([e.data],r(r({},i),{index:[l++]})))}catch(e){u=!0;var n=e instanceof Error?e.message:`Unknown error occurred`;o(/* @__PURE__ */ Error(`Failed to process CSV chunk: `+n))}},complete:function(){u||a(null)},error:function(e){u=!0,o(/* @__PURE__ */ Error(`Failed to parse CSV: `+e.message))}}))})]})})},e.$toCSV=function(e,t){var n=r({fileName:`output.csv`,sep:`,`,header:!0,download:!1},t),i=n.fileName,a=n.download,o=n.sep,s=n.header;if(e.$isSeries){var c=e.values.join(o);if(a)i.endsWith(`.csv`)||(i+=`.csv`),l(c,i);else return c}else{for(var u=e.values,d=s===!0?e.columns.join(o)+`
`:``,f=0;f<u.length;f++){var p=u[f].join(o)+`
`;d+=p}if(a)i.endsWith(`.csv`)||(i+=`.csv`),l(d,i);else return d}};var l=function(e,t){var n=document.createElement(`a`);n.href=`data:text/csv;charset=utf-8,`+encodeURIComponent(e),n.target=`_blank`,n.download=t,n.click()}})),bp=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__assign||function(){return r=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},r.apply(this,arguments)},i=n&&n.__awaiter||function(e,t,n,r){function i(e){return e instanceof n?e:new n(function(t){t(e)})}return new(n||=Promise)(function(n,a){function o(e){try{c(r.next(e))}catch(e){a(e)}}function s(e){try{c(r.throw(e))}catch(e){a(e)}}function c(e){e.done?n(e.value):i(e.value).then(o,s)}c((r=r.apply(e,t||[])).next())})},a=n&&n.__generator||function(e,t){var n={label:0,sent:function(){if(a[0]&1)throw a[1];return a[1]},trys:[],ops:[]},r,i,a,o={next:s(0),throw:s(1),return:s(2)};return typeof Symbol==`function`&&(o[Symbol.iterator]=function(){return this}),o;function s(e){return function(t){return c([e,t])}}function c(o){if(r)throw TypeError(`Generator is already executing.`);for(;n;)try{if(r=1,i&&(a=o[0]&2?i.return:o[0]?i.throw||((a=i.return)&&a.call(i),0):i.next)&&!(a=a.call(i,o[1])).done)return a;switch(i=0,a&&(o=[o[0]&2,a.value]),o[0]){case 0:case 1:a=o;break;case 4:return n.label++,{value:o[1],done:!1};case 5:n.label++,i=o[1],o=[0];continue;case 7:o=n.ops.pop(),n.trys.pop();continue;default:if(a=n.trys,!(a=a.length>0&&a[a.length-1])&&(o[0]===6||o[0]===2)){n=0;continue}if(o[0]===3&&(!a||o[1]>a[0]&&o[1]<a[3])){n.label=o[1];break}if(o[0]===6&&n.label<a[1]){n.label=a[1],a=o;break}if(a&&n.label<a[2]){n.label=a[2],n.ops.push(o);break}a[2]&&n.ops.pop(),n.trys.pop();continue}o=t.call(e,n)}catch(e){o=[6,e],i=0}finally{r=a=0}if(o[0]&5)throw o[1];return{value:o[0]?o[1]:void 0,done:!0}}};Object.defineProperty(e,"__esModule",{value:!0}),e.$toJSON=e.$readJSON=void 0;var o=_p();e.$readJSON=function(e,t){return i(void 0,void 0,void 0,function(){var n,i,s,c;return a(this,function(a){if(n=r({method:`GET`,headers:{},frameConfig:{}},t),i=n.method,s=n.headers,c=n.frameConfig,typeof e==`string`&&e.startsWith(`http`))return[2,new Promise(function(t){fetch(e,{method:i,headers:s}).then(function(n){if(n.status!==200)throw Error(`Failed to load `+e);n.json().then(function(e){t(new o.DataFrame(e,c))})}).catch(function(e){throw Error(e)})})];if(e instanceof File)return[2,new Promise(function(t){var n=new FileReader;n.readAsText(e),n.onload=function(e){var n=JSON.parse(e?.target?.result);t(new o.DataFrame(n,c))}})];throw Error(`ParamError: File not supported. file must be a url or an input File object`)})})},e.$toJSON=function(e,t){var n=r({fileName:`output.json`,download:!1,format:`column`},t),i=n.fileName,a=n.format,o=n.download;if(e.$isSeries){var c={};if(c[e.columns[0]]=e.values,o)i.endsWith(`.json`)||(i+=`.json`),s(c,i);else return c}else if(a===`row`){for(var c={},l=0;l<e.columns.length;l++)c[e.columns[l]]=e.column(e.columns[l]).values;if(o)i.endsWith(`.json`)||(i+=`.json`),s(c,i);else return c}else{var u=e.values,d=e.columns,f=[];if(u.forEach(function(e){var t={};d.forEach(function(n,r){t[n]=e[r]}),f.push(t)}),o)i.endsWith(`.json`)||(i+=`.json`),s(f,i);else return f}};var s=function(e,t){var n=document.createElement(`a`);n.href=`data:text/json;charset=utf-8,`+encodeURIComponent(JSON.stringify(e)),n.target=`_blank`,n.download=t,n.click()}})),xp=/* @__PURE__ */ r(((t,n,r)=>{var i=r&&r.__assign||function(){return i=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},i.apply(this,arguments)},a=r&&r.__awaiter||function(e,t,n,r){function i(e){return e instanceof n?e:new n(function(t){t(e)})}return new(n||=Promise)(function(n,a){function o(e){try{c(r.next(e))}catch(e){a(e)}}function s(e){try{c(r.throw(e))}catch(e){a(e)}}function c(e){e.done?n(e.value):i(e.value).then(o,s)}c((r=r.apply(e,t||[])).next())})},o=r&&r.__generator||function(e,t){var n={label:0,sent:function(){if(a[0]&1)throw a[1];return a[1]},trys:[],ops:[]},r,i,a,o={next:s(0),throw:s(1),return:s(2)};return typeof Symbol==`function`&&(o[Symbol.iterator]=function(){return this}),o;function s(e){return function(t){return c([e,t])}}function c(o){if(r)throw TypeError(`Generator is already executing.`);for(;n;)try{if(r=1,i&&(a=o[0]&2?i.return:o[0]?i.throw||((a=i.return)&&a.call(i),0):i.next)&&!(a=a.call(i,o[1])).done)return a;switch(i=0,a&&(o=[o[0]&2,a.value]),o[0]){case 0:case 1:a=o;break;case 4:return n.label++,{value:o[1],done:!1};case 5:n.label++,i=o[1],o=[0];continue;case 7:o=n.ops.pop(),n.trys.pop();continue;default:if(a=n.trys,!(a=a.length>0&&a[a.length-1])&&(o[0]===6||o[0]===2)){n=0;continue}if(o[0]===3&&(!a||o[1]>a[0]&&o[1]<a[3])){n.label=o[1];break}if(o[0]===6&&n.label<a[1]){n.label=a[1],a=o;break}if(a&&n.label<a[2]){n.label=a[2],n.ops.push(o);break}a[2]&&n.ops.pop(),n.trys.pop();continue}o=t.call(e,n)}catch(e){o=[6,e],i=0}finally{r=a=0}if(o[0]&5)throw o[1];return{value:o[0]?o[1]:void 0,done:!0}}},s=r&&r.__spreadArray||function(e,t,n){if(n||arguments.length===2)for(var r=0,i=t.length,a;r<i;r++)(a||!(r in t))&&(a||=Array.prototype.slice.call(t,0,r),a[r]=t[r]);return e.concat(a||Array.prototype.slice.call(t))};Object.defineProperty(t,"__esModule",{value:!0}),t.$toExcel=t.$readExcel=void 0;var c=_p(),l=(ap(),e(rp));t.$readExcel=function(e,t){return a(void 0,void 0,void 0,function(){var n,r,a,s,u,d,f,p,m,h,g,_;return o(this,function(o){switch(o.label){case 0:return n=i({sheet:0,method:`GET`,headers:{},frameConfig:{},parsingOptions:{}},t),r=n.sheet,a=n.method,s=n.headers,u=n.frameConfig,d=n.parsingOptions,typeof e==`string`&&e.startsWith(`http`)?[2,new Promise(function(t){fetch(e,{method:a,headers:s}).then(function(n){if(n.status!==200)throw Error(`Failed to load `+e);n.arrayBuffer().then(function(e){var n=new Uint8Array(e),a=(0,l.read)(n,i({type:`array`},d)),o=a.Sheets[a.SheetNames[r]],s=l.utils.sheet_to_json(o);t(new c.DataFrame(s,u))})}).catch(function(e){throw Error(e)})})]:[3,1];case 1:return e instanceof File?[4,e.arrayBuffer()]:[3,3];case 2:return f=o.sent(),p=new Uint8Array(f),m=(0,l.read)(p,i({type:`array`},d)),h=m.Sheets[m.SheetNames[r]],g=l.utils.sheet_to_json(h),_=new c.DataFrame(g,u),[2,_];case 3:throw Error(`ParamError: File not supported. file must be a url or an input File object`)}})})},t.$toExcel=function(e,t){var n=i({fileName:`./output.xlsx`,sheetName:`Sheet1`},t),r=n.fileName,a=n.sheetName,o=n.writingOptions;r.endsWith(`.xlsx`)||(r+=`.xlsx`);var c;if(e.$isSeries){var u=e.values,d=e.columns;c=s([d],u.map(function(e){return[e]}),!0)}else{var u=e.values,f=e.columns;c=s([f],u,!0)}var p=l.utils.aoa_to_sheet(c),m=l.utils.book_new();l.utils.book_append_sheet(m,p,a),(0,l.writeFile)(m,``+r,o)}})),Sp=/* @__PURE__ */ r((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.toExcelBrowser=e.readExcelBrowser=e.toJSONBrowser=e.readJSONBrowser=e.toCSVBrowser=e.streamCSVBrowser=e.readCSVBrowser=void 0;
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var t=yp();Object.defineProperty(e,"readCSVBrowser",{enumerable:!0,get:function(){return t.$readCSV}}),Object.defineProperty(e,"streamCSVBrowser",{enumerable:!0,get:function(){return t.$streamCSV}}),Object.defineProperty(e,"toCSVBrowser",{enumerable:!0,get:function(){return t.$toCSV}});var n=bp();Object.defineProperty(e,"readJSONBrowser",{enumerable:!0,get:function(){return n.$readJSON}}),Object.defineProperty(e,"toJSONBrowser",{enumerable:!0,get:function(){return n.$toJSON}});var r=xp();Object.defineProperty(e,"readExcelBrowser",{enumerable:!0,get:function(){return r.$readExcel}}),Object.defineProperty(e,"toExcelBrowser",{enumerable:!0,get:function(){return r.$toExcel}})})),Cp=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__extends||(function(){var e=function(t,n){return e=Object.setPrototypeOf||{__proto__:[]}instanceof Array&&function(e,t){e.__proto__=t}||function(e,t){for(var n in t)Object.prototype.hasOwnProperty.call(t,n)&&(e[n]=t[n])},e(t,n)};return function(t,n){if(typeof n!=`function`&&n!==null)throw TypeError(`Class extends value `+String(n)+` is not a constructor or null`);e(t,n);function r(){this.constructor=t}t.prototype=n===null?Object.create(n):(r.prototype=n.prototype,new r)}})(),i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}}
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
;Object.defineProperty(e,"__esModule",{value:!0}),e.default=function(e){r(t,e);function t(t,n){return n===void 0&&(n={}),e.call(this,t,n)||this}return t}(i(Q()).default)})),wp=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__extends||(function(){var e=function(t,n){return e=Object.setPrototypeOf||{__proto__:[]}instanceof Array&&function(e,t){e.__proto__=t}||function(e,t){for(var n in t)Object.prototype.hasOwnProperty.call(t,n)&&(e[n]=t[n])},e(t,n)};return function(t,n){if(typeof n!=`function`&&n!==null)throw TypeError(`Class extends value `+String(n)+` is not a constructor or null`);e(t,n);function r(){this.constructor=t}t.prototype=n===null?Object.create(n):(r.prototype=n.prototype,new r)}})(),i=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}}
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
;Object.defineProperty(e,"__esModule",{value:!0}),e.default=function(e){r(t,e);function t(t,n){return n===void 0&&(n={}),e.call(this,t,n)||this}return t}(i($()).default)})),Tp=/* @__PURE__ */ r(((e,t,n)=>{var r=n&&n.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(e,"__esModule",{value:!0}),e.__version=e.tensorflow=e.dateRange=e.merge=e.concat=e.getDummies=e.OneHotEncoder=e.LabelEncoder=e.StandardScaler=e.MinMaxScaler=e.toExcel=e.readExcel=e.toJSON=e.readJSON=e.toCSV=e.streamCSV=e.readCSV=e.DataFrame=e.Series=e.toDateTime=e.Dt=e.Str=e.Utils=e.Config=e.NDframe=void 0;
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var i=_p();Object.defineProperty(e,"NDframe",{enumerable:!0,get:function(){return i.NDframe}}),Object.defineProperty(e,"Config",{enumerable:!0,get:function(){return i.Config}}),Object.defineProperty(e,"Utils",{enumerable:!0,get:function(){return i.Utils}}),Object.defineProperty(e,"Str",{enumerable:!0,get:function(){return i.Str}}),Object.defineProperty(e,"Dt",{enumerable:!0,get:function(){return i.Dt}}),Object.defineProperty(e,"MinMaxScaler",{enumerable:!0,get:function(){return i.MinMaxScaler}}),Object.defineProperty(e,"StandardScaler",{enumerable:!0,get:function(){return i.StandardScaler}}),Object.defineProperty(e,"LabelEncoder",{enumerable:!0,get:function(){return i.LabelEncoder}}),Object.defineProperty(e,"OneHotEncoder",{enumerable:!0,get:function(){return i.OneHotEncoder}}),Object.defineProperty(e,"getDummies",{enumerable:!0,get:function(){return i.getDummies}}),Object.defineProperty(e,"concat",{enumerable:!0,get:function(){return i.concat}}),Object.defineProperty(e,"merge",{enumerable:!0,get:function(){return i.merge}}),Object.defineProperty(e,"toDateTime",{enumerable:!0,get:function(){return i.toDateTime}}),Object.defineProperty(e,"dateRange",{enumerable:!0,get:function(){return i.dateRange}}),Object.defineProperty(e,"tensorflow",{enumerable:!0,get:function(){return i.tensorflow}}),Object.defineProperty(e,"__version",{enumerable:!0,get:function(){return i.__version}});var a=Sp();Object.defineProperty(e,"readCSV",{enumerable:!0,get:function(){return a.readCSVBrowser}}),Object.defineProperty(e,"streamCSV",{enumerable:!0,get:function(){return a.streamCSVBrowser}}),Object.defineProperty(e,"toCSV",{enumerable:!0,get:function(){return a.toCSVBrowser}}),Object.defineProperty(e,"readJSON",{enumerable:!0,get:function(){return a.readJSONBrowser}}),Object.defineProperty(e,"toJSON",{enumerable:!0,get:function(){return a.toJSONBrowser}}),Object.defineProperty(e,"readExcel",{enumerable:!0,get:function(){return a.readExcelBrowser}}),Object.defineProperty(e,"toExcel",{enumerable:!0,get:function(){return a.toExcelBrowser}}),e.DataFrame=r(Cp()).default,e.Series=r(wp()).default}));export default Tp();