var e,t,n,r,i,a,o,s,c,l,u,d,f,p,m={},h=[],g=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,_=Array.isArray;function v(e,t){for(var n in t)e[n]=t[n];return e}function y(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function b(t,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?e.call(arguments,2):r),typeof t==`function`&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return x(t,s,i,a,null)}function x(e,r,i,a,o){var s={type:e,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++n,__i:-1,__u:0};return o==null&&t.vnode!=null&&t.vnode(s),s}function S(e){return e.children}function C(e,t){this.props=e,this.context=t}function w(e,t){if(t==null)return e.__?w(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?w(e):null}function ee(e){if(e.__P&&e.__d){var n=e.__v,r=n.__e,i=[],a=[],o=v({},n);o.__v=n.__v+1,t.vnode&&t.vnode(o),re(e.__P,o,n,e.__n,e.__P.namespaceURI,32&n.__u?[r]:null,i,r??w(n),!!(32&n.__u),a),o.__v=n.__v,o.__.__k[o.__i]=o,ae(i,o,a),n.__e=n.__=null,o.__e!=r&&T(o)}}function T(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),T(e)}function E(e){(!e.__d&&(e.__d=!0)&&r.push(e)&&!D.__r++||i!=t.debounceRendering)&&((i=t.debounceRendering)||a)(D)}function D(){try{for(var e,t=1;r.length;)r.length>t&&r.sort(o),e=r.shift(),t=r.length,ee(e)}finally{r.length=D.__r=0}}function te(e,t,n,r,i,a,o,s,c,l,u){var d,f,p,g,_,v,y=r&&r.__k||h,b=t.length;for(c=O(n,t,y,c,b),d=0;d<b;d++)(p=n.__k[d])!=null&&(f=p.__i!=-1&&y[p.__i]||m,p.__i=d,v=re(e,p,f,i,a,o,s,c,l,u),g=p.__e,p.ref&&f.ref!=p.ref&&(f.ref&&ce(f.ref,null,p),u.push(p.ref,p.__c||g,p)),_==null&&g!=null&&(_=g),4&p.__u?(c=k(p,c,e),f.__e&&(f.__e=null)):typeof p.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),p.__u&=-7);return n.__e=_,c}function O(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?o=e.__k[a]=x(null,o,null,null,null):_(o)?o=e.__k[a]=x(S,{children:o},null,null,null):o.constructor===void 0&&o.__b>0?o=e.__k[a]=x(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):e.__k[a]=o,c=a+f,o.__=e,o.__b=e.__b+1,s=null,(l=o.__i=ne(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=w(s)),le(s,s));return r}function k(e,t,n){var r,i;if(typeof e.type==`function`){for(r=e.__k,i=0;r&&i<r.length;i++)r[i]&&(r[i].__=e,t=k(r[i],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=w(e)),t=n.insertBefore(e.__e,t||null));do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function ne(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&s==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function A(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||g.test(t)?n:n+`px`}function j(e,t,n,r,i){var a,o;e:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||A(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||A(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(u,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n[l]=r[l]:(n[l]=d,e.addEventListener(t,a?p:f,a)):e.removeEventListener(t,a?p:f,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break e}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function M(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n[c]==null)n[c]=d++;else if(n[c]<r[l])return;return r(t.event?t.event(n):n)}}}function re(e,n,r,i,a,o,s,c,l,u){var d,f,p,m,g,b,x,ee,T,E,D,O,k,ne,A,j,M=n.type;if(n.constructor!==void 0)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=n.__e=r.__e]),(d=t.__b)&&d(n);e:if(typeof M==`function`){f=s.length;try{if(T=n.props,E=M.prototype&&M.prototype.render,D=(d=M.contextType)&&i[d.__c],O=d?D?D.props.value:d.__:i,r.__c?ee=(p=n.__c=r.__c).__=p.__E:(E?n.__c=p=new M(T,O):(n.__c=p=new C(T,O),p.constructor=M,p.render=ue),D&&D.sub(p),p.state||(p.state={}),p.__n=i,m=p.__d=!0,p.__h=[],p._sb=[]),E&&p.__s==null&&(p.__s=p.state),E&&M.getDerivedStateFromProps!=null&&(p.__s==p.state&&(p.__s=v({},p.__s)),v(p.__s,M.getDerivedStateFromProps(T,p.__s))),g=p.props,b=p.state,p.__v=n,m)E&&M.getDerivedStateFromProps==null&&p.componentWillMount!=null&&p.componentWillMount(),E&&p.componentDidMount!=null&&p.__h.push(p.componentDidMount);else{if(E&&M.getDerivedStateFromProps==null&&T!==g&&p.componentWillReceiveProps!=null&&p.componentWillReceiveProps(T,O),n.__v==r.__v||!p.__e&&p.shouldComponentUpdate!=null&&!1===p.shouldComponentUpdate(T,p.__s,O)){n.__v!=r.__v&&(p.props=T,p.state=p.__s,p.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),h.push.apply(p.__h,p._sb),p._sb=[],p.__h.length&&s.push(p),c=w(r);break e}p.componentWillUpdate!=null&&p.componentWillUpdate(T,p.__s,O),E&&p.componentDidUpdate!=null&&p.__h.push(function(){p.componentDidUpdate(g,b,x)})}if(p.context=O,p.props=T,p.__P=e,p.__e=!1,k=t.__r,ne=0,E)p.state=p.__s,p.__d=!1,k&&k(n),d=p.render(p.props,p.state,p.context),h.push.apply(p.__h,p._sb),p._sb=[];else do p.__d=!1,k&&k(n),d=p.render(p.props,p.state,p.context),p.state=p.__s;while(p.__d&&++ne<25);p.state=p.__s,p.getChildContext!=null&&(i=v(v({},i),p.getChildContext())),E&&!m&&p.getSnapshotBeforeUpdate!=null&&(x=p.getSnapshotBeforeUpdate(g,b)),A=d!=null&&d.type===S&&d.key==null?oe(d.props.children):d,c=te(e,_(A)?A:[A],n,r,i,a,o,s,c,l,u),p.base=n.__e,n.__u&=-161,p.__h.length&&s.push(p),ee&&(p.__E=p.__=null)}catch(e){if(s.length=f,n.__v=null,l||o!=null){if(e.then){for(n.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o!=null&&(o[o.indexOf(c)]=null),n.__e=c}else if(o!=null)for(j=o.length;j--;)y(o[j])}else n.__e=r.__e;n.__k??=r.__k||[],e.then||ie(n),t.__e(e,n,r)}}else o==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):c=n.__e=se(r.__e,n,r,i,a,o,s,l,u);return(d=t.diffed)&&d(n),128&n.__u?void 0:c}function ie(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(ie))}function ae(e,n,r){for(var i=0;i<r.length;i++)ce(r[i],r[++i],r[++i]);t.__c&&t.__c(n,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(e){e.call(n)})}catch(e){t.__e(e,n.__v)}})}function oe(e){return typeof e!=`object`||!e||e.__b>0?e:_(e)?e.map(oe):e.constructor===void 0?v({},e):null}function se(n,r,i,a,o,s,c,l,u){var d,f,p,h,g,v,b,x=i.props||m,S=r.props,C=r.type;if(C==`svg`?o=`http://www.w3.org/2000/svg`:C==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(d=0;d<s.length;d++)if((g=s[d])&&`setAttribute`in g==!!C&&(C?g.localName==C:g.nodeType==3)){n=g,s[d]=null;break}}if(n==null){if(C==null)return document.createTextNode(S);n=document.createElementNS(o,C,S.is&&S),l&&=(t.__m&&t.__m(r,s),!1),s=null}if(C==null)x===S||l&&n.data==S||(n.data=S);else{if(s=C==`textarea`&&S.defaultValue!=null?null:s&&e.call(n.childNodes),!l&&s!=null)for(x={},d=0;d<n.attributes.length;d++)x[(g=n.attributes[d]).name]=g.value;for(d in x)g=x[d],d==`dangerouslySetInnerHTML`?p=g:d==`children`||d in S||d==`value`&&`defaultValue`in S||d==`checked`&&`defaultChecked`in S||j(n,d,null,g,o);for(d in S)g=S[d],d==`children`?h=g:d==`dangerouslySetInnerHTML`?f=g:d==`value`?v=g:d==`checked`?b=g:l&&typeof g!=`function`||x[d]===g||j(n,d,g,x[d],o);if(f)l||p&&(f.__html==p.__html||f.__html==n.innerHTML)||(n.innerHTML=f.__html),r.__k=[];else if(p&&(n.innerHTML=``),te(r.type==`template`?n.content:n,_(h)?h:[h],r,i,a,C==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&w(i,0),l,u),s!=null)for(d=s.length;d--;)y(s[d]);l&&C!=`textarea`||(d=`value`,C==`progress`&&v==null?n.removeAttribute(`value`):v!=null&&(v!==n[d]||C==`progress`&&!v||C==`option`&&v!=x[d])&&j(n,d,v,x[d],o),d=`checked`,b!=null&&b!=n[d]&&j(n,d,b,x[d],o))}return n}function ce(e,n,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(e){t.__e(e,r)}}function le(e,n,r){var i,a;if(t.unmount&&t.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||ce(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){t.__e(e,n)}i.base=i.__P=i.__n=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&le(i[a],n,r||typeof e.type!=`function`);r||y(e.__e),e.__c=e.__=e.__e=void 0}function ue(e,t,n){return this.constructor(e,n)}function de(n,r,i){var a,o,s,c;r==document&&(r=document.documentElement),t.__&&t.__(n,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],re(r,n=(!a&&i||r).__k=b(S,null,[n]),o||m,m,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?e.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),ae(s,n,c),n.props.children=null}e=h.slice,t={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},n=0,C.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=v({},this.state);typeof e==`function`&&(e=e(v({},n),this.props)),e&&v(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),E(this))},C.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),E(this))},C.prototype.render=S,r=[],a=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,o=function(e,t){return e.__v.__b-t.__v.__b},D.__r=0,s=Math.random().toString(8),c=`__d`+s,l=`__a`+s,u=/(PointerCapture)$|Capture$/i,d=0,f=M(!1),p=M(!0);var fe=function(e,t,n,r){var i;t[0]=0;for(var a=1;a<t.length;a++){var o=t[a++],s=t[a]?(t[0]|=o?1:2,n[t[a++]]):t[++a];o===3?r[0]=s:o===4?r[1]=Object.assign(r[1]||{},s):o===5?(r[1]=r[1]||{})[t[++a]]=s:o===6?r[1][t[++a]]+=s+``:o?(i=e.apply(s,fe(e,s,n,[``,null])),r.push(i),s[0]?t[0]|=2:(t[a-2]=0,t[a]=i)):r.push(s)}return r},pe=new Map;function me(e){var t=pe.get(this);return t||(t=new Map,pe.set(this,t)),(t=fe(this,t.get(e)||(t.set(e,t=function(e){for(var t,n,r=1,i=``,a=``,o=[0],s=function(e){r===1&&(e||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,``)))?o.push(0,e,i):r===3&&(e||i)?(o.push(3,e,i),r=2):r===2&&i===`...`&&e?o.push(4,e,0):r===2&&i&&!e?o.push(5,0,!0,i):r>=5&&((i||!e&&r===5)&&(o.push(r,0,i,n),r=6),e&&(o.push(r,e,0,n),r=6)),i=``},c=0;c<e.length;c++){c&&(r===1&&s(),s(c));for(var l=0;l<e[c].length;l++)t=e[c][l],r===1?t===`<`?(s(),o=[o],r=3):i+=t:r===4?i===`--`&&t===`>`?(r=1,i=``):i=t+i[0]:a?t===a?a=``:i+=t:t===`"`||t===`'`?a=t:t===`>`?(s(),r=1):r&&(t===`=`?(r=5,n=i,i=``):t===`/`&&(r<5||e[c][l+1]===`>`)?(s(),r===3&&(o=o[0]),r=o,(o=o[0]).push(2,0,r),r=0):t===` `||t===`	`||t===`
`||t===`\r`?(s(),r=2):i+=t),r===3&&i===`!--`&&(r=4,o=o[0])}return s(),o}(e)),t),arguments,[])).length>1?t:t[0]}var N=me.bind(b),P,F,he,ge,_e=0,ve=[],I=t,ye=I.__b,be=I.__r,xe=I.diffed,Se=I.__c,Ce=I.unmount,we=I.__;function Te(e,t){I.__h&&I.__h(F,e,_e||t),_e=0;var n=F.__H||(F.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function L(e){return _e=1,Ee(Pe,e)}function Ee(e,t,n){var r=Te(P++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Pe(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=F,!F.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=!1,o=r.__c.props!==e;if(r.__c.__H.__.some(function(e){if(e.__N){i=!0;var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a){var s=a.call(this,e,t,n);return i?s||o:s}return!i||o};F.__f=!0;var a=F.shouldComponentUpdate,o=F.componentWillUpdate;F.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},F.shouldComponentUpdate=i}return r.__N||r.__}function R(e,t){var n=Te(P++,3);!I.__s&&Ne(n.__H,t)&&(n.__=e,n.u=t,F.__H.__h.push(n))}function De(e){return _e=5,Oe(function(){return{current:e}},[])}function Oe(e,t){var n=Te(P++,7);return Ne(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function ke(){for(var e;e=ve.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(z),t.__h.some(Me),t.__h=[]}catch(n){t.__h=[],I.__e(n,e.__v)}}}I.__b=function(e){F=null,ye&&ye(e)},I.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),we&&we(e,t)},I.__r=function(e){be&&be(e),P=0;var t=(F=e.__c).__H;t&&(he===F?(t.__h=[],F.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.some(z),t.__h.some(Me),t.__h=[],P=0)),he=F},I.diffed=function(e){xe&&xe(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(ve.push(t)!==1&&ge===I.requestAnimationFrame||((ge=I.requestAnimationFrame)||je)(ke)),t.__H.__.some(function(e){e.u&&=(e.__H=e.u,void 0)})),he=F=null},I.__c=function(e,t){t.some(function(e){try{e.__h.some(z),e.__h=e.__h.filter(function(e){return!e.__||Me(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],I.__e(n,e.__v)}}),Se&&Se(e,t)},I.unmount=function(e){Ce&&Ce(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(e){try{z(e)}catch(e){t=e}}),n.__H=void 0,t&&I.__e(t,n.__v))};var Ae=typeof requestAnimationFrame==`function`;function je(e){var t,n=function(){clearTimeout(r),Ae&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Ae&&(t=requestAnimationFrame(n))}function z(e){var t=F,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),F=t}function Me(e){var t=F;e.__c=e.__(),F=t}function Ne(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Pe(e,t){return typeof t==`function`?t(e):t}var Fe=`/v1/ignite`,Ie=`ignite.session`,Le=class extends Error{constructor(e,t){super(t?.message||`HTTP ${e}`),this.httpStatus=e,this.status=t?.status||``;let n=(t?.details||[]).flatMap(e=>e.fieldViolations||[]);this.field=n[0]?.field||``}};function B(){try{return JSON.parse(sessionStorage.getItem(Ie))}catch{return null}}var Re=new Set;function ze(e){return Re.add(e),()=>Re.delete(e)}function Be(e){e?sessionStorage.setItem(Ie,JSON.stringify(e)):sessionStorage.removeItem(Ie);for(let t of Re)t(e)}function Ve(){Be(null)}async function He(e,t){await V(`GET`,`/app/${encodeURIComponent(e)}?limit=1`,void 0,{org:e,token:t}),Be({org:e,token:t})}function Ue(e){return{Authorization:`Bearer ${e.token}`,"Content-Type":`application/json`}}async function We(e,t,n,r,i){if(!r)throw new Le(401,{message:`not signed in`,status:`UNAUTHENTICATED`});let a=await fetch(Fe+t,{method:e,headers:Ue(r),body:n===void 0?void 0:JSON.stringify(n),signal:i});if(!a.ok){let e=await a.text(),t=new Le(a.status,e?JSON.parse(e):{});throw a.status===401&&r.token===B()?.token&&Ve(),t}return a}async function V(e,t,n,r=B()){let i=await(await We(e,t,n,r)).text();return i?JSON.parse(i):{}}var H=e=>V(`GET`,e),U=(e,t={})=>V(`POST`,e,t),Ge=(e,t={})=>V(`PUT`,e,t),Ke=e=>V(`DELETE`,e);async function W(e,t,n,r,i){let a=(await We(e,t,n,B(),i)).body.getReader(),o=new TextDecoder,s=``;for(;;){let e;try{e=await a.read()}catch(e){if(i?.aborted)return;throw e}if(e.done)break;s+=o.decode(e.value,{stream:!0});let t;for(;(t=s.indexOf(`
`))>=0;){let e=s.slice(0,t).trim();if(s=s.slice(t+1),!e)continue;let n=JSON.parse(e);if(n.error)throw new Le(500,n.error);r(n)}}}function G(e,t=``){let n=B();return`/app/${encodeURIComponent(n.org)}/${encodeURIComponent(e)}${t}`}function K(e){let t=new TextEncoder().encode(e),n=``;for(let e of t)n+=String.fromCharCode(e);return btoa(n)}function qe(e){let t=atob(e||``),n=new Uint8Array(t.length);for(let e=0;e<t.length;e++)n[e]=t.charCodeAt(e);return n}function Je(e){return new TextDecoder().decode(qe(e))}var q=640,Ye=180,J={left:48,right:12,top:12,bottom:24};function Xe(e,t){let[n,r]=e,[i,a]=t,o=r-n||1;return e=>i+(e-n)/o*(a-i)}function Ze(e){if(e<=0)return 1;let t=10**Math.floor(Math.log10(e));return[1,2,5,10].map(e=>e*t).find(t=>t>=e)}var Qe=e=>new Date(e).toLocaleTimeString([],{hour:`2-digit`,minute:`2-digit`,second:`2-digit`});function $e({title:e,times:t,series:n,unit:r=``,kind:i=`line`,testid:a}){let o=Ze(Math.max(0,...n.flatMap(e=>e.values))),s=Xe([0,Math.max(1,t.length-(i===`bar`?0:1))],[J.left,q-J.right]),c=Xe([0,o],[Ye-J.bottom,J.top]),l=[0,o/2,o],u=(q-J.left-J.right)/Math.max(1,t.length);return N`
    <figure class="chart" data-testid=${a} data-points=${t.length}>
      <figcaption>
        ${e}
        ${n.map(e=>N`<span class="legend"><i style=${`background:${e.color}`}></i>${e.name}</span>`)}
      </figcaption>
      <svg viewBox=${`0 0 ${q} ${Ye}`} role="img" aria-label=${e}>
        ${l.map(e=>N`<g>
            <line x1=${J.left} x2=${q-J.right} y1=${c(e)} y2=${c(e)} class="grid" />
            <text x=${J.left-6} y=${c(e)+4} text-anchor="end">${+e.toFixed(2)}${r}</text>
          </g>`)}
        ${t.length>0&&N`<text x=${J.left} y=${174}>${Qe(t[0])}</text>
          <text x=${q-J.right} y=${174} text-anchor="end">${Qe(t[t.length-1])}</text>`}
        ${i===`line`?n.map(e=>N`<polyline
                fill="none"
                stroke=${e.color}
                stroke-width="2"
                points=${e.values.map((e,t)=>`${s(t)},${c(e)}`).join(` `)}
              />`):n.map((e,t)=>e.values.map((r,i)=>{let a=u*.8/n.length;return N`<rect
                  x=${J.left+i*u+u*.1+t*a}
                  y=${c(r)}
                  width=${a}
                  height=${Ye-J.bottom-c(r)}
                  fill=${e.color}
                />`}))}
      </svg>
    </figure>
  `}var et=(e,t)=>(e||``).replace(t,``)||`-`,tt=e=>et(e,`DEPLOYMENT_STATE_`),Y=e=>et(e,/^(VERSION|EXECUTION|REPLICA)_STATUS_/),X=e=>e&&+e?new Date(+e).toLocaleString():`-`,nt=e=>e&&Object.keys(e)[0]||`-`,rt=e=>`${e?.readyReplicas||0} ready${e?.desiredReplicas?` of ${e.desiredReplicas}`:``}`;function it(){let[e,t]=L(location.hash);return R(()=>{let e=()=>t(location.hash);return addEventListener(`hashchange`,e),()=>removeEventListener(`hashchange`,e)},[]),e.replace(/^#\/?/,``).split(`/`).map(decodeURIComponent)}function Z(e,t,n){let[r,i]=L({data:null,error:null}),[a,o]=L(0);return R(()=>{let n=!0,r=()=>e().then(e=>n&&i({data:e,error:null}),e=>n&&i(t=>({data:t.data,error:e})));r();let a=t?setInterval(r,t):null;return()=>{n=!1,a&&clearInterval(a)}},[...n,a]),{...r,reload:()=>o(e=>e+1)}}function at(e,t){let[n,r]=L(null);return R(()=>{let t=new AbortController;return r(null),e(t.signal).catch(e=>{t.signal.aborted||r(e)}),()=>t.abort()},t),n}function Q({error:e}){return e?N`<p class="error" role="alert" data-testid="error">
    ${e.status?`${e.status}: `:``}${e.message}${e.field?` (field ${e.field})`:``}
  </p>`:null}function $({label:e,run:t,testid:n,kind:r=``}){let[i,a]=L(!1),[o,s]=L(null);return N`<span class="action">
    <button class=${r} disabled=${i} onClick=${async()=>{a(!0),s(null);try{await t()}catch(e){s(e)}finally{a(!1)}}} data-testid=${n}>${i?`${e}…`:e}</button>
    <${Q} error=${o} />
  </span>`}function ot(){let[e,t]=L(``),[n,r]=L(``),[i,a]=L(null);return N`<main class="signin">
    <h1>Ignite</h1>
    <form onSubmit=${async t=>{t.preventDefault(),a(null);try{await He(e.trim(),n.trim()),location.hash=`#/apps`}catch(e){a(e)}}}>
      <label>Organization <input name="org" value=${e} onInput=${e=>t(e.target.value)} required /></label>
      <label>Token <input name="token" type="password" value=${n} onInput=${e=>r(e.target.value)} required /></label>
      <button type="submit">Sign in</button>
      <${Q} error=${i} />
    </form>
    <p class="hint">The token stays in this tab only (session storage) and is sent to this server's API.</p>
  </main>`}var st={python:`def handler(payload, ctx):
    print("called with", payload)
    return {"hello": payload.decode() or "world"}
`,go:`package main

import "ignite"

func main() {
	ignite.Start(func(payload []byte, ctx *ignite.Context) ([]byte, error) {
		return []byte("Hello, " + string(payload) + "!"), nil
	})
}
`,deno:`import { start } from "ignite";

start((payload, ctx) => {
  console.log("called", ctx.execution_id);
  return "hello " + new TextDecoder().decode(payload);
});
`},ct=new Set([`deno`,`go`,`rust`]);async function lt(e,t,n){await W(`GET`,`/compile/${encodeURIComponent(t)}/logs?fromStart=true`,void 0,e=>n(Je(e.data)));let{draft:r}=await H(G(e,`/draft`));if(r?.status===`VERSION_STATUS_FAILED`)throw Error(`the compile failed: ${r.error}`)}function ut({onDeployed:e}){let[t,n]=L(``),[r,i]=L(`python`),[a,o]=L(st.python),[s,c]=L(``),[l,u]=L(null);return N`<section class="panel" data-testid="deploy-form">
    <h2>Deploy an app</h2>
    <div class="row">
      <label>Name <input name="name" value=${t} onInput=${e=>n(e.target.value)} /></label>
      <label
        >Runtime
        <select
          name="runtime"
          value=${r}
          onChange=${e=>{i(e.target.value),o(st[e.target.value])}}
        >
          ${Object.keys(st).map(e=>N`<option value=${e}>${e}</option>`)}
        </select></label
      >
    </div>
    <label>Code <textarea name="code" rows="8" spellcheck="false" value=${a} onInput=${e=>o(e.target.value)}></textarea></label>
    <${$} label="Deploy" run=${async()=>{c(``),u(null);let n={compile:{runtime:{[r]:{}},sourceCode:K(a)}};if(await U(`/app/${encodeURIComponent(B().org)}`,{name:t,code:n}),ct.has(r)){let{deployId:e}=await U(G(t,`/draft/compile`));await lt(t,e,e=>c(t=>t+e))}let{publishedVersion:i}=await U(G(t,`/draft/publish`));u({name:t,version:i}),e()}} testid="deploy" kind="primary" />
    ${s&&N`<h3>Compile log</h3><pre class="log" data-testid="deploy-log">${s}</pre>`}
    ${l&&N`<p data-testid="deployed">Published version ${l.version} of <a href=${`#/apps/${l.name}/overview`}>${l.name}</a>.</p>`}
  </section>`}function dt(){let e=B().org,t=Z(async()=>{let{apps:t=[]}=await H(`/app/${encodeURIComponent(e)}?limit=100`),n=await Promise.all(t.map(e=>H(G(e.name,`/state`)).catch(()=>({}))));return t.map((e,t)=>({...e,state:n[t]}))},2e3,[e]),[n,r]=L(!1);return N`<main>
    <header class="title">
      <h1>Apps</h1>
      <button onClick=${()=>r(!n)} data-testid="new-app">${n?`Close`:`Deploy an app`}</button>
    </header>
    ${n&&N`<${ut} onDeployed=${t.reload} />`}
    <${Q} error=${t.error} />
    <table data-testid="apps">
      <thead><tr><th>Name</th><th>State</th><th>Ready</th><th>Version</th><th>Runtime</th><th>Updated</th></tr></thead>
      <tbody>
        ${(t.data||[]).map(e=>N`<tr data-app=${e.name}>
            <td><a href=${`#/apps/${e.name}/overview`}>${e.name}</a></td>
            <td><span class=${`badge ${tt(e.deploymentState)}`}>${tt(e.deploymentState)}</span></td>
            <td data-testid="ready">${rt(e.state)}</td>
            <td>${e.activeVersion||`-`}</td>
            <td>${nt(e.runtime)}</td>
            <td>${X(e.updatedAtMs)}</td>
          </tr>`)}
      </tbody>
    </table>
    ${t.data&&t.data.length===0&&N`<p class="hint">No apps yet.</p>`}
  </main>`}var ft=[`overview`,`draft`,`invoke`,`logs`,`events`,`executions`,`stats`,`replicas`,`aliases`];function pt({name:e,tab:t=`overview`,arg:n}){let r=Z(()=>H(G(e,`/state`)),2e3,[e]),i=r.data||{},a={overview:mt,draft:gt,invoke:vt,logs:bt,events:xt,executions:St,stats:Ct,replicas:wt,aliases:Tt}[t]||mt;return N`<main>
    <header class="title">
      <h1><a href="#/apps">Apps</a> / ${e}</h1>
      <span class=${`badge ${tt(i.deploymentState)}`} data-testid="state">${tt(i.deploymentState)}</span>
      <span data-testid="active-version">active version ${i.activeVersion||`-`}</span>
      <span data-testid="app-ready">${rt(i)}</span>
    </header>
    <${Q} error=${r.error} />
    <nav class="tabs">
      ${ft.map(n=>N`<a href=${`#/apps/${e}/${n}`} class=${n===t?`current`:``} data-testid=${`tab-${n}`}>${n}</a>`)}
    </nav>
    <${a} name=${e} arg=${n} onChange=${r.reload} />
  </main>`}function mt({name:e,onChange:t}){let n=Z(async()=>{let[{app:t},{versions:n=[]},r]=await Promise.all([H(G(e)),H(G(e,`/versions`)),H(G(e,`/state`))]);return{app:t,versions:n,state:r}},3e3,[e]);if(!n.data)return N`<${Q} error=${n.error} />`;let{app:r,versions:i,state:a}=n.data,o=r=>async()=>{await U(G(e,`/rollback`),{version:r}),n.reload(),t()},s=r.appliedLimits||{};return N`<section>
    <${Q} error=${n.error} />
    <dl class="facts">
      <dt>Runtime</dt><dd>${nt(r.runtime)}</dd>
      <dt>Limits</dt><dd>${s.memoryMb||0} MB, ${s.cpuMillicores||0} m CPU, ${s.timeoutSecs||0} s</dd>
      <dt>Description</dt><dd>${r.description||`-`}</dd>
      <dt>Created</dt><dd>${X(r.createdAtMs)}</dd>
    </dl>
    <h2>Versions</h2>
    <table data-testid="versions">
      <thead><tr><th>Version</th><th>Code</th><th>Created</th><th>Status</th><th></th></tr></thead>
      <tbody>
        ${i.map(e=>{let t=e.version===r.activeVersion;return N`<tr data-version=${e.version} class=${t?`active`:``}>
            <td>${e.version}</td>
            <td><code title=${e.codeHash}>${(e.codeHash||``).slice(0,12)}</code></td>
            <td>${X(e.createdAtMs)}</td>
            <td>${t?N`<strong>active</strong>`:Y(e.status)}</td>
            <td>${!t&&N`<${$} label=${e.version<r.activeVersion?`Roll back`:`Make active`} run=${o(e.version)} testid=${`rollback-${e.version}`} />`}</td>
          </tr>`})}
      </tbody>
    </table>
    ${i.length===0&&N`<p class="hint">Nothing published yet: save and publish a draft.</p>`}
    ${a.schedules?.length>0&&N`<h2>Schedules</h2>
      <table>
        <thead><tr><th>Name</th><th>Cron</th><th>Next</th><th>Last</th></tr></thead>
        <tbody>
          ${a.schedules.map(e=>N`<tr><td>${e.name}</td><td><code>${e.cron}</code> ${e.timezone}</td><td>${X(e.nextRunMs)}</td><td>${X(e.lastRunMs)}</td></tr>`)}
        </tbody>
      </table>`}
  </section>`}function ht(e){if(e.length>1&&e[0]===31&&e[1]===139||e.length>3&&e[0]===80&&e[1]===75)return null;try{return new TextDecoder(`utf-8`,{fatal:!0}).decode(e)}catch{return null}}function gt({name:e,onChange:t}){let n=Z(()=>H(G(e,`/draft`)).then(e=>e.draft||null,e=>e.httpStatus===404?null:Promise.reject(e)),0,[e]),[r,i]=L(null),[a,o]=L(`python`),[s,c]=L(``),[l,u]=L(null),[d,f]=L(``);R(()=>{H(G(e,`/code`)).then(e=>{o(nt(e.runtime)===`-`?`python`:nt(e.runtime)),i(ht(qe(e.sourceCode)))},()=>i(st.python))},[e]);let p=async()=>{await U(G(e,`/draft`),{code:{compile:{runtime:{[a]:{}},sourceCode:K(r)}}}),n.reload()},m=async()=>{c(``);let{deployId:t}=await U(G(e,`/draft/compile`));await lt(e,t,e=>c(t=>t+e)),n.reload()},h=async()=>{u(null);let{executionId:t}=await U(G(e,`/draft/test`),{payload:K(d)});await W(`GET`,`/executions/${t}/watch`,void 0,e=>u(e.execution))},g=async()=>{await U(G(e,`/draft/publish`)),n.reload(),t()},_=n.data;return N`<section>
    <${Q} error=${n.error} />
    <p data-testid="draft-status">
      ${_?N`Draft: <strong>${Y(_.status)}</strong>, code <code>${(_.codeHash||``).slice(0,12)}</code>, ${_.sizeBytes||0} bytes${_.compiled?`, compiled`:``}`:`No draft: saving opens one.`}
    </p>
    ${_?.error&&N`<pre class="log error">${_.error}</pre>`}
    ${r===null?N`<p class="hint">This code is an archive: edit it locally and upload it with <code>ignite draft save</code>.</p>`:N`<label>Code (${a}) <textarea name="code" rows="12" spellcheck="false" value=${r} onInput=${e=>i(e.target.value)}></textarea></label>
          <${$} label="Save draft" run=${p} testid="save-draft" />`}
    <${$} label="Compile" run=${m} testid="compile" />
    <${$} label="Publish" run=${g} testid="publish" kind="primary" />
    ${s&&N`<h3>Compile log</h3><pre class="log" data-testid="compile-log">${s}</pre>`}
    <h3>Test the draft</h3>
    <label>Payload <input name="payload" value=${d} onInput=${e=>f(e.target.value)} /></label>
    <${$} label="Test" run=${h} testid="test-draft" />
    ${l&&N`<${_t} execution=${l} />`}
  </section>`}function _t({execution:e}){return N`<div class="panel" data-testid="execution">
    <dl class="facts">
      <dt>Execution</dt><dd><code>${e.executionId}</code></dd>
      <dt>Status</dt><dd data-testid="execution-status">${Y(e.status)}</dd>
      <dt>Version</dt><dd>${e.version||`draft`}</dd>
      <dt>Duration</dt><dd>${e.durationMs||0} ms</dd>
      ${e.httpStatus&&N`<dt>HTTP status</dt><dd>${e.httpStatus}</dd>`}
    </dl>
    ${e.output&&N`<pre class="log" data-testid="execution-output">${Je(e.output)}</pre>`}
    ${e.error&&N`<pre class="log error">${e.error}</pre>`}
    ${(e.attempts||[]).length>0&&N`<table><thead><tr><th>Attempt</th><th>Status</th><th>Error</th></tr></thead><tbody>
      ${e.attempts.map(e=>N`<tr><td>${e.attempt}</td><td>${Y(e.status)}</td><td>${e.error}</td></tr>`)}
    </tbody></table>`}
  </div>`}function vt({name:e}){let[t,n]=L(``),[r,i]=L(``),[a,o]=L(``),[s,c]=L(null),[l,u]=L(``),[d,f]=L(null);return N`<section>
    <label>Payload <textarea name="payload" rows="4" spellcheck="false" value=${t} onInput=${e=>n(e.target.value)}></textarea></label>
    <div class="row">
      <label>Headers (one <code>Name: value</code> a line) <textarea name="headers" rows="2" value=${r} onInput=${e=>i(e.target.value)}></textarea></label>
      <label>Alias <input name="alias" value=${a} onInput=${e=>o(e.target.value)} placeholder="the active version" /></label>
    </div>
    <${$} label="Invoke" run=${async()=>{c(null),u(``),f(null);let n={};for(let e of r.split(`
`)){let t=e.indexOf(`:`);t>0&&(n[e.slice(0,t).trim().toLowerCase()]=e.slice(t+1).trim())}let i=new TextDecoder;await W(`POST`,G(e,`/invoke`),{body:K(t),alias:a,http:{method:`POST`,path:`/`,headers:n}},e=>{e.head&&c(e.head),e.chunk&&u(t=>t+i.decode(qe(e.chunk),{stream:!0})),e.trailer&&f(e.trailer)})}} testid="invoke" kind="primary" />
    ${s&&N`<div class="panel">
      <p data-testid="invoke-status">HTTP ${s.statusCode||200} from version ${s.version} (replica <code>${s.replicaId}</code>)</p>
      <pre class="log" data-testid="invoke-body">${l}</pre>
      ${d&&N`<p data-testid="invoke-trailer">${Y(d.status)} in ${d.durationMs||0} ms, ${d.bodyBytes||0} bytes${d.error?`: ${d.error}`:``}</p>`}
    </div>`}
  </section>`}function yt({path:e,row:t,testid:n,filter:r=()=>!0}){let[i,a]=L([]),o=De(null),s=at(t=>(a([]),W(`GET`,e,void 0,e=>a(t=>[...t.slice(-499),e]),t)),[e]);R(()=>{o.current&&(o.current.scrollTop=o.current.scrollHeight)},[i]);let c=i.filter(r);return N`<div>
    <${Q} error=${s} />
    <div class="tail" ref=${o} data-testid=${n}>
      ${c.length===0&&N`<p class="hint">Waiting for the first line…</p>`}
      ${c.map(t)}
    </div>
  </div>`}function bt({name:e}){let[t,n]=L(``);return N`<section>
    <label>Lines containing <input name="contains" value=${t} onInput=${e=>n(e.target.value)} /></label>
    <${yt}
      path=${G(e,`/logs/stream?fromStart=true`)}
      testid="logs"
      filter=${e=>(e.line||``).includes(t)}
      row=${e=>N`<div class=${`line ${e.stream===`LOG_STREAM_STDERR`?`stderr`:``}`}>
        <time>${new Date(+e.timestampMs).toLocaleTimeString()}</time> <code>${(e.replicaId||``).slice(0,8)}</code> ${e.line}
      </div>`}
    />
  </section>`}function xt({name:e}){return N`<section>
    <${yt}
      path=${G(e,`/events/stream?fromStart=true`)}
      testid="events"
      row=${e=>N`<div class=${`line ${e.severity===`Warning`?`stderr`:``}`}>
        <time>${new Date(+e.timestampMs).toLocaleTimeString()}</time> <strong>${e.reason}</strong> ${e.message}${e.count>1?` (×${e.count})`:``}
      </div>`}
    />
  </section>`}function St({name:e,arg:t}){let n=Z(()=>H(G(e,`/executions?limit=50`)),3e3,[e]),r=Z(()=>t?H(`/executions/${encodeURIComponent(t)}`):Promise.resolve(null),0,[t]);return N`<section>
    <${Q} error=${n.error||r.error} />
    ${r.data&&N`<${_t} execution=${r.data.execution} />`}
    <table data-testid="executions">
      <thead><tr><th>Execution</th><th>Kind</th><th>Status</th><th>Version</th><th>Created</th><th>Duration</th></tr></thead>
      <tbody>
        ${(n.data?.executions||[]).map(t=>N`<tr>
            <td><a href=${`#/apps/${e}/executions/${t.executionId}`}><code>${t.executionId.slice(0,17)}</code></a></td>
            <td>${et(t.kind,`EXECUTION_KIND_`)}</td>
            <td>${Y(t.status)}</td>
            <td>${t.version||`draft`}</td>
            <td>${X(t.createdAtMs)}</td>
            <td>${t.durationMs||0} ms</td>
          </tr>`)}
      </tbody>
    </table>
  </section>`}function Ct({name:e}){let[t,n]=L(15),r=Z(()=>{let n=Date.now(),r=Math.max(5,t*60/60);return H(G(e,`/stats/executions?startMs=${n-t*6e4}&endMs=${n}&bucketSecs=${r}`))},3e3,[e,t]),i=r.data?.buckets||[],a=r.data?.total||{},o=i.map(e=>+e.startMs),s=e=>+(e||0);return N`<section>
    <${Q} error=${r.error} />
    <label>Window
      <select value=${t} onChange=${e=>n(+e.target.value)}>
        ${[5,15,60,360].map(e=>N`<option value=${e}>${e<60?`${e} minutes`:`${e/60} hours`}</option>`)}
      </select></label>
    <p data-testid="stats-total">
      ${`${s(a.successCount)} succeeded, ${s(a.errorCount)} failed, ${s(a.timeoutCount)} timed out, ${s(a.coldStarts)} cold starts; p50 ${s(a.p50Ms).toFixed(1)} ms, p99 ${s(a.p99Ms).toFixed(1)} ms`}
    </p>
    <${$e}
      title="Latency"
      unit=" ms"
      testid="latency-chart"
      times=${o}
      series=${[{name:`p50`,color:`#2a7ae2`,values:i.map(e=>s(e.p50Ms))},{name:`p95`,color:`#e2a72a`,values:i.map(e=>s(e.p95Ms))},{name:`p99`,color:`#d6453d`,values:i.map(e=>s(e.p99Ms))}]}
    />
    <${$e}
      title="Calls"
      kind="bar"
      testid="calls-chart"
      times=${o}
      series=${[{name:`succeeded`,color:`#3c9a5f`,values:i.map(e=>s(e.successCount))},{name:`failed`,color:`#d6453d`,values:i.map(e=>s(e.errorCount)+s(e.timeoutCount))},{name:`cold starts`,color:`#8a63d2`,values:i.map(e=>s(e.coldStarts))}]}
    />
  </section>`}function wt({name:e}){let t=Z(()=>H(G(e,`/replicas`)),2e3,[e]);return N`<section>
    <${Q} error=${t.error} />
    <table data-testid="replicas">
      <thead><tr><th>Replica</th><th>Version</th><th>Status</th><th>Ready</th><th>In flight</th><th>CPU</th><th>Memory</th><th>Started</th></tr></thead>
      <tbody>
        ${(t.data?.replicas||[]).map(e=>N`<tr>
            <td><code>${e.replicaId}</code></td><td>${e.version}</td><td>${Y(e.status)}</td><td>${e.ready?`yes`:`no`}</td>
            <td>${e.inFlight||0}</td><td>${e.cpuMillicoresUsed||0} m</td><td>${e.memoryMbUsed||0} MB</td><td>${X(e.startedMs)}</td>
          </tr>`)}
      </tbody>
    </table>
    ${t.data&&!(t.data.replicas||[]).length&&N`<p class="hint">No replica is running (the app scales to zero when idle).</p>`}
  </section>`}function Tt({name:e}){let t=Z(()=>H(G(e,`/aliases`)),0,[e]),[n,r]=L({name:``,version:``,canaryVersion:``,canaryWeight:``}),i=e=>t=>{let n=t.target.value;r(t=>({...t,[e]:n}))},a=async()=>{await Ge(G(e,`/aliases/${encodeURIComponent(n.name)}`),{version:+n.version||0,canaryVersion:+n.canaryVersion||0,canaryWeight:+n.canaryWeight||0}),t.reload()},o=n=>async()=>{await Ke(G(e,`/aliases/${encodeURIComponent(n)}`)),t.reload()};return N`<section>
    <${Q} error=${t.error} />
    <table data-testid="aliases">
      <thead><tr><th>Alias</th><th>Version</th><th>Canary</th><th>Updated</th><th></th></tr></thead>
      <tbody>
        ${(t.data?.aliases||[]).map(e=>N`<tr>
            <td>${e.name}</td><td>${e.version}</td><td>${e.canaryVersion?`${e.canaryVersion} at ${e.canaryWeight||0}%`:`-`}</td>
            <td>${X(e.updatedAtMs)}</td><td><${$} label="Delete" run=${o(e.name)} /></td>
          </tr>`)}
      </tbody>
    </table>
    <div class="row">
      <label>Alias <input value=${n.name} onInput=${i(`name`)} /></label>
      <label>Version <input value=${n.version} onInput=${i(`version`)} inputmode="numeric" /></label>
      <label>Canary version <input value=${n.canaryVersion} onInput=${i(`canaryVersion`)} inputmode="numeric" /></label>
      <label>Canary % <input value=${n.canaryWeight} onInput=${i(`canaryWeight`)} inputmode="numeric" /></label>
    </div>
    <${$} label="Set alias" run=${a} testid="set-alias" />
  </section>`}function Et(){let e=Z(()=>H(`/secrets`),0,[]),[t,n]=L(``),[r,i]=L(``),a=async()=>{await U(`/secrets`,{name:t,value:{appSecret:{value:r}}}),i(``),e.reload()},o=t=>async()=>{await Ke(`/secrets/${encodeURIComponent(t)}`),e.reload()};return N`<main>
    <header class="title"><h1>Secrets</h1></header>
    <${Q} error=${e.error} />
    <table data-testid="secrets">
      <thead><tr><th>Name</th><th>Type</th><th>Updated</th><th></th></tr></thead>
      <tbody>
        ${(e.data?.secrets||[]).map(e=>N`<tr><td>${e.name}</td><td>${e.type}</td><td>${X(e.updatedAtMs)}</td><td><${$} label="Delete" run=${o(e.name)} /></td></tr>`)}
      </tbody>
    </table>
    <section class="panel">
      <h2>Create or rotate an app secret</h2>
      <p class="hint">Apps read it through <code>secret://NAME</code> in their environment; the value is never shown again.</p>
      <div class="row">
        <label>Name <input value=${t} onInput=${e=>n(e.target.value)} /></label>
        <label>Value <input type="password" value=${r} onInput=${e=>i(e.target.value)} /></label>
      </div>
      <${$} label="Save secret" run=${a} testid="save-secret" />
    </section>
  </main>`}function Dt(){let[e,t]=L(B());R(()=>ze(t),[]);let[n,r,i,a]=it();if(!e)return N`<${ot} />`;let o=n===`secrets`?N`<${Et} />`:n===`apps`&&r?N`<${pt} name=${r} tab=${i} arg=${a} />`:N`<${dt} />`;return N`<div class="shell">
    <nav class="top">
      <strong>Ignite</strong>
      <a href="#/apps" class=${n===`secrets`?``:`current`}>Apps</a>
      <a href="#/secrets" class=${n===`secrets`?`current`:``}>Secrets</a>
      <span class="spacer"></span>
      <span data-testid="org">${e.org}</span>
      <button onClick=${Ve}>Sign out</button>
    </nav>
    ${o}
  </div>`}de(N`<${Dt} />`,document.getElementById(`app`));