// C's exp, exp2, log, log2, pow, hypot, cbrt, log10, sinh, cosh, tanh, expm1, log1p, asinh,
// acosh and atanh as glibc computes them, so that `**` and the math module print what CPython
// prints (atan, atan2, sin, cos and tan are in libm-trig.ts, asin and acos in libm-asin.ts).
//
// CPython calls the C library, and glibc (2.28 and later) runs the algorithms of ARM's
// optimized-routines (sysdeps/ieee754/dbl-64/e_exp.c, e_exp2.c, e_log.c, e_log2.c, e_pow.c).
// They are not correctly rounded: exp and pow are off by an ulp for a few results in a thousand,
// and V8's fdlibm-derived Math.exp/log/pow are off elsewhere, for about one result in ten.
// Matching CPython means repeating glibc's arithmetic step by step: same tables, same
// polynomials, same order of operations.
//
// The one tricky idea: on x86-64 with FMA and AVX2 (Intel since 2013, AMD since 2015), glibc
// runs, for exp, log, log2 and pow (not exp2), a variant compiled with `-mfma`, where GCC contracts
// every `a * b + c` whose product feeds only additions, all in the same basic block, into one
// fused multiply-add, rounded once. Where that single rounding can change the result, `fma` below
// reproduces it exactly (a product split into two doubles, then one rounding of the sum); where it
// cannot (exact products, or terms too small to reach the last bit), plain arithmetic is used.
// CPython on an older CPU (or another libc) runs the unfused code and can differ in the last bit
// for about one result in a thousand: the FMA variant is the reference here.
//
// Bits are read and written through one shared Float64Array and its two 32-bit halves, so no call
// allocates. Inputs outside each function's main range (zeros, infinities, NaN, subnormals,
// overflow and underflow) follow the C code, which follows C99 Annex F.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

/** 2**(e - 1075) for each biased exponent e of a normal double (1 to 2046). */
const EXPONENT_SCALE = new Float64Array(2047);
for (let e = 1; e < 2047; e++) EXPONENT_SCALE[e] = 2 ** (e - 1075);

/** The double whose bits are `hi:lo` (two 32-bit words). */
export function asDouble(hi: number, lo: number): number {
  const e = (hi >>> 20) & 0x7ff;
  if (e !== 0 && e !== 0x7ff) {
    // A normal double is its 53-bit significand times a power of two, both exact. Storing the
    // two words and loading the double instead stalls the load until both stores retire
    // (store-to-load forwarding cannot merge them): about 6 ns, a tenth of a `pow`.
    const v = (((hi & 0xfffff) + 0x100000) * 4294967296 + (lo >>> 0)) * EXPONENT_SCALE[e]!;
    return hi & 0x80000000 ? -v : v;
  }
  u32[HI] = hi;
  u32[LO] = lo;
  return f64[0]!;
}

/** The high 32 bits of `x` (sign, exponent and the top 20 mantissa bits). */
export function highWord(x: number): number {
  f64[0] = x;
  return u32[HI]!;
}

/** The low 32 bits of `x` (the bottom 32 mantissa bits), unsigned. */
export function lowWord(x: number): number {
  f64[0] = x;
  return u32[LO]!;
}

const SPLITTER = 134217729; // 2**27 + 1, Veltkamp's splitting constant

/**
 * `a * b + c` rounded once, like the FMA instruction. The product is exact as two doubles
 * (Dekker's algorithm); the sum with c is exact as two doubles too, and the final addition rounds
 * once (it can double-round only when the tail sum lands exactly on a tie: far too rare to show).
 * Valid while a * b neither overflows nor underflows, which holds everywhere it is used here.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  const s = p + c;
  const v = s - p;
  const w = (p - (s - v)) + (c - v);
  return s + (w + e);
}

/** The rounding error of `a * b`: `a * b - fl(a * b)`, exactly. */
export function prodErr(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

// ---------------------------------------------------------------------------------------------
// Tables (glibc's e_pow_log_data.c, e_log_data.c, e_exp_data.c, e_log2_data.c), as decimal
// doubles that read back to the same bits.

// invc, logc, logctail for each of the 128 subintervals (e_pow_log_data.c).
const POW_LOG_TAB = new Float64Array([
  1.4140625, -0.3464667673462145, 5.929407345889625e-15,
  1.40625, -0.34092658697056777, -2.544157440035963e-14,
  1.3984375, -0.3353555419211034, -3.443525940775045e-14,
  1.390625, -0.3297532863724655, -2.500123826022799e-15,
  1.3828125, -0.32411946865420305, -8.929337133850617e-15,
  1.375, -0.31845373111855224, 1.7625431312172662e-14,
  1.3671875, -0.31275571000389846, 1.5688303180062087e-15,
  1.359375, -0.3070250352949415, 2.9655274673691784e-14,
  1.3515625, -0.3012613305781997, 3.7923164802093147e-14,
  1.34375, -0.2954642128938758, 3.993416384387844e-14,
  1.3359375, -0.28963329258306203, 1.9352855826489123e-14,
  1.3359375, -0.28963329258306203, 1.9352855826489123e-14,
  1.328125, -0.28376817313062475, -1.9852665484979036e-14,
  1.3203125, -0.27786845100342816, -2.814323765595281e-14,
  1.3125, -0.2719337154836694, 2.7643769993528702e-14,
  1.3046875, -0.2659635484970977, -4.025092402293806e-14,
  1.296875, -0.25995752443691345, -1.2621729398885316e-14,
  1.2890625, -0.25391520998095984, -3.600176732637335e-15,
  1.2890625, -0.25391520998095984, -3.600176732637335e-15,
  1.28125, -0.2478361639045943, 1.3029797173308663e-14,
  1.2734375, -0.2417199368871934, 4.8230289429940886e-14,
  1.265625, -0.23556607131274632, -2.0592242769647135e-14,
  1.2578125, -0.22937410106487732, 3.149265065191484e-14,
  1.25, -0.22314355131425145, 4.169796584527195e-14,
  1.25, -0.22314355131425145, 4.169796584527195e-14,
  1.2421875, -0.21687393830063684, 2.2477465222466186e-14,
  1.234375, -0.21056476910735, 3.6507188831790577e-16,
  1.2265625, -0.2042155414286526, -3.827767260205414e-14,
  1.2265625, -0.2042155414286526, -3.827767260205414e-14,
  1.21875, -0.19782574332987224, -4.7641388950792196e-14,
  1.2109375, -0.19139485299967873, 4.9278276214647115e-14,
  1.203125, -0.18492233849406148, 4.9485167661250996e-14,
  1.203125, -0.18492233849406148, 4.9485167661250996e-14,
  1.1953125, -0.1784076574728033, -1.5003333854266542e-14,
  1.1875, -0.17185025692663203, -2.7194441649495324e-14,
  1.1875, -0.17185025692663203, -2.7194441649495324e-14,
  1.1796875, -0.1652495728952772, -2.99659267292569e-14,
  1.171875, -0.15860503017665906, 2.0472357800461955e-14,
  1.171875, -0.15860503017665906, 2.0472357800461955e-14,
  1.1640625, -0.15191604202584585, 3.879296723063646e-15,
  1.15625, -0.1451820098444614, -3.6506824353335045e-14,
  1.1484375, -0.13840232285906495, -5.4183331379008994e-14,
  1.1484375, -0.13840232285906495, -5.4183331379008994e-14,
  1.140625, -0.131576357788731, 1.1729485484531301e-14,
  1.140625, -0.131576357788731, 1.1729485484531301e-14,
  1.1328125, -0.12470347850091912, -3.811763084710266e-14,
  1.125, -0.11778303565643, 4.654729747598445e-14,
  1.125, -0.11778303565643, 4.654729747598445e-14,
  1.1171875, -0.11081436634026431, -2.5799991283069902e-14,
  1.109375, -0.10379679368168127, 3.7700471749674615e-14,
  1.109375, -0.10379679368168127, 3.7700471749674615e-14,
  1.1015625, -0.09672962645856842, 1.7306161136093256e-14,
  1.1015625, -0.09672962645856842, 1.7306161136093256e-14,
  1.09375, -0.089612158689647, -4.012913552726574e-14,
  1.0859375, -0.08244366921110213, 2.7541708360737882e-14,
  1.0859375, -0.08244366921110213, 2.7541708360737882e-14,
  1.078125, -0.07522342123763792, 5.0396178134370583e-14,
  1.078125, -0.07522342123763792, 5.0396178134370583e-14,
  1.0703125, -0.06795066190852594, 1.8195060030168815e-14,
  1.0625, -0.06062462181648698, 5.213620639136504e-14,
  1.0625, -0.06062462181648698, 5.213620639136504e-14,
  1.0546875, -0.053244514518837605, 2.532168943117445e-14,
  1.0546875, -0.053244514518837605, 2.532168943117445e-14,
  1.046875, -0.045809536031242715, -5.148849572685811e-14,
  1.046875, -0.045809536031242715, -5.148849572685811e-14,
  1.0390625, -0.038318864302141264, 4.6652946995830086e-15,
  1.0390625, -0.038318864302141264, 4.6652946995830086e-15,
  1.03125, -0.03077165866670839, -4.529814257790929e-14,
  1.03125, -0.03077165866670839, -4.529814257790929e-14,
  1.0234375, -0.023167059281490765, -4.361324067851568e-14,
  1.015625, -0.015504186535963527, -1.7274567499706107e-15,
  1.015625, -0.015504186535963527, -1.7274567499706107e-15,
  1.0078125, -0.0077821404420319595, -2.298941004620351e-14,
  1.0078125, -0.0077821404420319595, -2.298941004620351e-14,
  1.0, 0.0, 0.0,
  1.0, 0.0, 0.0,
  0.9921875, 0.007843177461040796, -1.4902732911301337e-14,
  0.984375, 0.01574835696817445, -3.527980389655325e-14,
  0.9765625, 0.023716526617363343, -4.730054772033249e-14,
  0.96875, 0.03174869831457272, 7.580310369375161e-15,
  0.9609375, 0.039845908547249564, -4.9893776716773285e-14,
  0.953125, 0.048009219186383234, -2.262629393030674e-14,
  0.9453125, 0.056239718322899535, -2.345674491018699e-14,
  0.94140625, 0.06038051098892083, -1.3352588834854848e-14,
  0.93359375, 0.06871389254808946, -3.765296820388875e-14,
  0.92578125, 0.07711730334438016, 5.1128335719851986e-14,
  0.91796875, 0.08559193033545398, -5.046674438470119e-14,
  0.9140625, 0.08985632912185793, 3.1218748807418837e-15,
  0.90625, 0.09844007281321865, 3.3871241029241416e-14,
  0.8984375, 0.10709813555638448, -1.7376727386423858e-14,
  0.89453125, 0.11145544092528326, 3.957125899799804e-14,
  0.88671875, 0.12022742699821265, -5.2849453521890294e-14,
  0.8828125, 0.12464244520731427, -3.767012502308738e-14,
  0.875, 0.13353139262449076, 3.1859736349078334e-14,
  0.87109375, 0.13800567301939282, 5.0900642926060466e-14,
  0.86328125, 0.14701474296180095, 8.710783796122478e-15,
  0.859375, 0.15154989812720032, 6.157896229122976e-16,
  0.8515625, 0.16068238169043525, 3.821577743916796e-14,
  0.84765625, 0.16528009093906348, 3.9440046718453496e-14,
  0.83984375, 0.17453941635187675, 2.2924522154618074e-14,
  0.8359375, 0.17920142945774842, -3.742530094732263e-14,
  0.83203125, 0.18388527877016259, -2.5223102140407338e-14,
  0.82421875, 0.1933193110035063, -1.0320443688698849e-14,
  0.8203125, 0.19806991376208316, 1.0634128304268335e-14,
  0.8125, 0.20763936477828793, -4.3425422595242564e-14,
  0.80859375, 0.21245865121420593, -1.2527395755711364e-14,
  0.8046875, 0.21730127569003344, -5.204008743405884e-14,
  0.80078125, 0.22216746534115828, -3.979844515951702e-15,
  0.79296875, 0.2319714654378231, -4.7955860343296286e-14,
  0.7890625, 0.2369097470783572, 5.015686013791602e-16,
  0.78515625, 0.24187253642048745, -7.252318953240293e-16,
  0.78125, 0.2468600779315011, 2.4688324156011588e-14,
  0.7734375, 0.2569104137850218, 5.465121253624792e-15,
  0.76953125, 0.26197371574153294, 4.102651071698446e-14,
  0.765625, 0.2670627852490952, -4.996736502345936e-14,
  0.76171875, 0.27217788591576664, 4.903580708156347e-14,
  0.7578125, 0.27731928541618345, 5.089628039500759e-14,
  0.75390625, 0.28248725557466514, 1.1782016386565151e-14,
  0.74609375, 0.29290401643288533, 4.727452940514406e-14,
  0.7421875, 0.29815337231912054, -4.4204083338755686e-14,
  0.73828125, 0.3034304294199046, 1.548345993498083e-14,
  0.734375, 0.30873548164959175, 2.1522127491642888e-14,
  0.73046875, 0.3140688276249648, 1.1054030169005386e-14,
  0.7265625, 0.31943077076641657, -5.534326352070679e-14,
  0.72265625, 0.3248216194012912, -5.351646604259541e-14,
  0.71875, 0.33024168687052224, 5.4612144489920215e-14,
  0.71484375, 0.3356912916381134, 2.8136969901227338e-14,
  0.7109375, 0.3411707574027787, -1.156568624616423e-14,
]);
// invc, logc for each of the 128 subintervals (e_log_data.c).
const LOG_TAB = new Float64Array([
  1.4504249240398293, -0.3718565645633589,
  1.442253508327276, -0.36620682668944937,
  1.4341736174350004, -0.3605888069791945,
  1.426183816329995, -0.3550022171419869,
  1.4182825527052965, -0.34944666968829097,
  1.4104682921759335, -0.3439217713603284,
  1.4027396147468003, -0.3384271921261188,
  1.3950954438932313, -0.332962831494342,
  1.3875338232485754, -0.32752794345742586,
  1.3800539211058593, -0.32212257167088865,
  1.3726542695419708, -0.3167462884799761,
  1.3653332798446802, -0.3113985598928366,
  1.358090204587874, -0.3060794515165526,
  1.3509234892132138, -0.300788424667644,
  1.3438320840699889, -0.2955252968476998,
  1.3368146974742003, -0.29028969275850613,
  1.329870114677736, -0.2850812793277555,
  1.322997339161106, -0.27989987391470095,
  1.316195352741367, -0.27474526621870154,
  1.3094628125672239, -0.2696169863701243,
  1.3027990455471041, -0.26451506180308115,
  1.2962024229438942, -0.2594387762767383,
  1.2896726275815547, -0.2543884090981692,
  1.2832080305745537, -0.24936321635129843,
  1.276807885983376, -0.24436312405975968,
  1.2704714060687552, -0.23938801747897287,
  1.2641976054949482, -0.23443761696705678,
  1.257985357514882, -0.22951151871518505,
  1.2518337750655457, -0.2246094963439873,
  1.2457421919097305, -0.21973149037705753,
  1.2397094966625508, -0.2148770752847895,
  1.2337348463589233, -0.210046029103637,
  1.2278176973028803, -0.20523836373934046,
  1.2219570190618474, -0.20045368751368642,
  1.2161519732977757, -0.1956917537758045,
  1.2104018095009725, -0.19095237845203883,
  1.204705805718973, -0.18623539250290833,
  1.1990631185441964, -0.18154051731551135,
  1.1934733004462308, -0.1768677957431919,
  1.1879350812847385, -0.17221657406412305,
  1.1824481322833125, -0.16758697765942543,
  1.1770114976921955, -0.16297859687290384,
  1.1716248121809465, -0.15839151377804228,
  1.1662869231674715, -0.15382513241456763,
  1.1609977486762766, -0.14927976358922024,
  1.1557563220795803, -0.14475495398119165,
  1.1505619105480347, -0.14025044090817573,
  1.1454138888505974, -0.1357660466685502,
  1.140311877374656, -0.1313018016355727,
  1.1352550225747513, -0.12685731518763532,
  1.1302429094831266, -0.1224325737671279,
  1.1252747693068048, -0.11802724521862729,
  1.1203501571039876, -0.11364127671663482,
  1.1154683327680124, -0.10927434611278386,
  1.1106291463292157, -0.10492665324943573,
  1.1058315813301596, -0.10059761422644442,
  1.1010752177696026, -0.09628717309055901,
  1.0963597137952512, -0.09199534069557558,
  1.0916844827550398, -0.08772190036688698,
  1.0870487291277784, -0.08346643613867855,
  1.082452357388312, -0.07922916827544668,
  1.0778948225025884, -0.0750099004750382,
  1.0733751731601076, -0.07080805133352897,
  1.068893585073351, -0.06662408085151128,
  1.0644491706655506, -0.06245745471915143,
  1.0600414846328305, -0.0583080438042316,
  1.0556701316181605, -0.05417576112313327,
  1.051334750556926, -0.050060547896805474,
  1.0470347288442157, -0.045962101199052086,
  1.0427699229652954, -0.04188056008865715,
  1.0385395013738175, -0.03781540056183985,
  1.034343418940345, -0.03376684757915882,
  1.0301811073173315, -0.029734619131772888,
  1.026052043621297, -0.025718470239212365,
  1.0219561082336197, -0.021718543925430822,
  1.0178926505784922, -0.01773446126981071,
  1.0138614436244586, -0.013766252464051831,
  1.0098620186501341, -0.009813706322574944,
  1.0058938559734134, -0.005876555150052809,
  1.00195696235014, -0.0019550499938532084,
  0.9961089923088509, 0.0038985973556009412,
  0.9884170338185201, 0.011650571286395461,
  0.9808429191005297, 0.019342955478919066,
  0.9733840169987446, 0.0269766014846482,
  0.9660377568876556, 0.034552359728422744,
  0.9588014945307369, 0.04207121767183253,
  0.9516728569073111, 0.049533940950141186,
  0.9446494635965822, 0.056941358295944156,
  0.9377288993026223, 0.06429439168346107,
  0.9309091073790681, 0.0715936354946507,
  0.924187681612722, 0.07884010933776153,
  0.9175626765599192, 0.08603438905970506,
  0.9110320403624034, 0.09317721180013905,
  0.9045935839762024, 0.10026951462748457,
  0.8982456375922825, 0.10731170956330516,
  0.8919860966782501, 0.11430473320717738,
  0.8858131121185129, 0.12124928503033061,
  0.879725075760676, 0.12814583422959913,
  0.8737201372634685, 0.1349951636851756,
  0.8677966405782273, 0.1417978768189414,
  0.8619528050060739, 0.14855476039031146,
  0.8561872354420692, 0.1552661937658968,
  0.8504983927816893, 0.16193275688146969,
  0.8448844572790304, 0.16855539792220497,
  0.8393442741575965, 0.1751343179947753,
  0.8338762249349438, 0.1816702989864325,
  0.8284789320557778, 0.18816387146023317,
  0.8231510800065832, 0.1946155228479256,
  0.8178913903778707, 0.20102572579389744,
  0.8126984007245374, 0.2073952090795501,
  0.8075710029460227, 0.21372429840596396,
  0.8025078881160415, 0.2200135945981856,
  0.7975077379364331, 0.22626374162859975,
  0.792569604966373, 0.23247494747693054,
  0.7876923641254114, 0.23864766620658884,
  0.7828746724940998, 0.24478265647405806,
  0.7781155388790811, 0.25088025827324145,
  0.7734139557869777, 0.2569408552510595,
  0.7687687179914933, 0.26296511155101143,
  0.7641790698041854, 0.2689531327189343,
  0.7596438763692399, 0.27490553924610595,
  0.7551621951078668, 0.2808227248478943,
  0.7507331780216866, 0.286704979267256,
  0.7463557196361751, 0.29255295645509705,
  0.7420289364869653, 0.2983670386142876,
  0.7377521537065876, 0.30414734587282055,
  0.7335242966002608, 0.30989455774829366,
  0.729344777457841, 0.31560871301871884,
]);
// 2^(k/N) ~= H[k]*(1 + T[k]): for each k, T[k] as a double, then the high and low words of
// asuint64(H[k]) - (k << 52)/N (e_exp_data.c).
const EXP_TAB = new Float64Array([
  0.0, 0x3ff00000, 0x00000000, 9.447885451727066e-17, 0x3feff63d, 0xa9fb3335,
  -1.507066976926039e-17, 0x3fefec9a, 0x3e778061, -5.679155082825012e-17, 0x3fefe315, 0xe86e7f85,
  4.9997448722726326e-17, 0x3fefd9b0, 0xd3158574, -4.823683599994895e-17, 0x3fefd06b, 0x29ddf6de,
  7.357846871247418e-18, 0x3fefc745, 0x18759bc8, 5.773230223741951e-17, 0x3fefbe3e, 0xcac6f383,
  8.189317638195515e-17, 0x3fefb558, 0x6cf9890f, 5.326891139980878e-17, 0x3fefac92, 0x2b7247f7,
  1.6665881442326747e-18, 0x3fefa3ec, 0x32d3d1a2, -1.128113245461828e-17, 0x3fef9b66, 0xaffed31b,
  -7.402825309426177e-17, 0x3fef9301, 0xd0125b51, -3.578659767309563e-18, 0x3fef8abd, 0xc06c31cc,
  -6.170654745608695e-17, 0x3fef829a, 0xaea92de0, 2.919139999949279e-17, 0x3fef7a98, 0xc8a58e51,
  -2.7939114859515733e-17, 0x3fef72b8, 0x3c7d517b, -5.399285355184285e-17, 0x3fef6af9, 0x388c8dea,
  4.776959425256223e-17, 0x3fef635b, 0xeb6fcb75, -7.927701432338473e-17, 0x3fef5be0, 0x84045cd4,
  9.341710609905046e-17, 0x3fef5487, 0x3168b9aa, -5.534520675707472e-17, 0x3fef4d50, 0x22fcd91d,
  4.585670326662351e-17, 0x3fef463b, 0x88628cd6, 2.8582430411116143e-17, 0x3fef3f49, 0x917ddc96,
  7.826573258636076e-17, 0x3fef387a, 0x6e756238, 4.053626906769216e-17, 0x3fef31ce, 0x4fb2a63f,
  2.823784425951061e-17, 0x3fef2b45, 0x65e27cdd, -7.882802262487991e-17, 0x3fef24df, 0xe1f56381,
  3.2904726646008416e-17, 0x3fef1e9d, 0xf51fdee1, -1.5792094703347882e-18, 0x3fef187f, 0xd0dad990,
  4.721368121170128e-17, 0x3fef1285, 0xa6e4030b, 1.3045277096919659e-17, 0x3fef0caf, 0xa93e2f56,
  3.3484623336251524e-17, 0x3fef06fe, 0x0a31b715, 3.8611199774925664e-17, 0x3fef0170, 0xfc4cd831,
  5.527550048505249e-17, 0x3feefc08, 0xb26416ff, -3.927184172445234e-17, 0x3feef6c5, 0x5f929ff1,
  -6.346552106729483e-17, 0x3feef1a7, 0x373aa9cb, -8.684417614865944e-17, 0x3feeecae, 0x6d05d866,
  -1.5456342819397733e-17, 0x3feee7db, 0x34e59ff7, -8.70763476495455e-17, 0x3feee32d, 0xc313a8e5,
  3.750854201303127e-17, 0x3feedea6, 0x4c123422, -6.616854503526488e-17, 0x3feeda45, 0x04ac801c,
  -5.346099009198751e-18, 0x3feed60a, 0x21f72e2a, -2.443726321015018e-17, 0x3feed1f5, 0xd950a897,
  2.1023049675215714e-18, 0x3feece08, 0x6061892d, 7.771067937501065e-17, 0x3feeca41, 0xed1d0057,
  1.3357510088834541e-17, 0x3feec6a2, 0xb5c13cd0, 6.938291696959204e-17, 0x3feec32a, 0xf0d7d3de,
  1.9572585293112036e-17, 0x3feebfda, 0xd5362a27, 6.632256961675804e-17, 0x3feebcb2, 0x99fddd0d,
  -5.478069123926778e-17, 0x3feeb9b2, 0x769d2ca7, -4.140839310392624e-17, 0x3feeb6da, 0xa2cf6642,
  -2.1571477251208752e-17, 0x3feeb42b, 0x569d4f82, -3.8287766552120535e-17, 0x3feeb1a4, 0xca5d920f,
  6.663804589232195e-17, 0x3feeaf47, 0x36b527da, 2.3936187400285282e-17, 0x3feead12, 0xd497c7fd,
  5.68648095791174e-17, 0x3feeab07, 0xdd485429, 1.1264523354521684e-18, 0x3feea926, 0x8a5946b7,
  7.007875046906994e-17, 0x3feea76f, 0x15ad2148, -5.0119214278381254e-17, 0x3feea5e1, 0xb976dc09,
  -4.8923067513522756e-17, 0x3feea47e, 0xb03a5585, -3.5260089953269434e-17, 0x3feea346, 0x34ccc320,
  -6.872303720902018e-17, 0x3feea238, 0x82552225, 5.001446664133532e-18, 0x3feea155, 0xd44ca973,
  -6.835808657661922e-17, 0x3feea09e, 0x667f3bcd, -1.1307344092910212e-17, 0x3feea012, 0x750bdabf,
  -8.416011634717156e-18, 0x3fee9fb2, 0x3c651a2f, -2.9247977035436566e-17, 0x3fee9f7d, 0xf9519484,
  -2.092304381843353e-17, 0x3fee9f75, 0xe8ec5f74, -3.9778645875427124e-17, 0x3fee9f9a, 0x48a58174,
  -3.833464968654295e-17, 0x3fee9feb, 0x564267c9, 5.763611164480894e-17, 0x3feea069, 0x4fde5d3f,
  -2.3591094770850053e-17, 0x3feea114, 0x73eb0187, 7.260074661098575e-17, 0x3feea1ed, 0x0130c132,
  9.50689710108796e-18, 0x3feea2f3, 0x36cf4e62, -4.272956133839906e-17, 0x3feea427, 0x543e1a12,
  -6.735219232374683e-17, 0x3feea589, 0x994cce13, -2.8396044410430936e-17, 0x3feea71a, 0x4623c7ad,
  -7.226635472101257e-17, 0x3feea8d9, 0x9b4492ed, 5.786121003395918e-17, 0x3feeaac7, 0xd98a6699,
  5.1548301170786783e-17, 0x3feeace5, 0x422aa0db, -9.416257568878152e-18, 0x3feeaf32, 0x16b5448c,
  2.4253985766689806e-17, 0x3feeb1ae, 0x99157736, -6.604314051707707e-17, 0x3feeb45b, 0x0b91ffc6,
  -6.432131775424189e-18, 0x3feeb737, 0xb0cdc5e5, -1.2204007601863921e-17, 0x3feeba44, 0xcbc8520f,
  -6.336161863401293e-17, 0x3feebd82, 0x9fde4e50, -3.7800879246373815e-17, 0x3feec0f1, 0x70ca07ba,
  1.5341410053603723e-17, 0x3feec491, 0x82a3f090, 1.2932855580427452e-17, 0x3feec863, 0x19e32323,
  -4.123367330661149e-17, 0x3feecc66, 0x7b5de565, 4.703083974463456e-17, 0x3feed09b, 0xec4a2d33,
  -6.152602891550265e-17, 0x3feed503, 0xb23e255d, 5.827849326195279e-17, 0x3feed99e, 0x1330b358,
  3.540948262646183e-17, 0x3feede6b, 0x5579fdbf, -3.2741571320938764e-17, 0x3feee36b, 0xbfd3f37a,
  4.875160526227062e-17, 0x3feee89f, 0x995ad3ad, -5.718569790077838e-17, 0x3feeee07, 0x298db666,
  -4.719539664590972e-18, 0x3feef3a2, 0xb84f15fb, -5.773451958805706e-17, 0x3feef972, 0x8de5593a,
  -1.0772487078934056e-17, 0x3feeff76, 0xf2fb5e47, -6.221808618533911e-17, 0x3fef05b0, 0x30a1064a,
  1.821405440362259e-17, 0x3fef0c1e, 0x904bc1d2, -6.155536546227639e-17, 0x3fef12c2, 0x5bd71e09,
  1.685487290628973e-17, 0x3fef199b, 0xdd85529c, 5.3581249177694816e-17, 0x3fef20ab, 0x5fffd07a,
  3.621615935336894e-17, 0x3fef27f1, 0x2e57d14b, 8.588379527574144e-18, 0x3fef2f6d, 0x9406e7b5,
  1.01562190116415e-17, 0x3fef3720, 0xdcef9069, -2.869134889187244e-17, 0x3fef3f0b, 0x555dc3fa,
  -5.495118966122005e-17, 0x3fef472d, 0x4a07897c, -5.56965572431627e-17, 0x3fef4f87, 0x080d89f2,
  1.790126907604513e-17, 0x3fef5818, 0xdcfba487, -3.2211766346200164e-17, 0x3fef60e3, 0x16c98398,
  5.265370768556274e-17, 0x3fef69e6, 0x03db3285, 3.5089866402403033e-17, 0x3fef7321, 0xf301b460,
  -3.266924100901318e-17, 0x3fef7c97, 0x337b9b5f, -4.3657593008079375e-17, 0x3fef8646, 0x14f5a129,
  1.7963932659833022e-17, 0x3fef902e, 0xe78b3ff6, 3.4300925275214166e-17, 0x3fef9a51, 0xfbc74c83,
  -5.545065618639427e-17, 0x3fefa4af, 0xa2a490da, -5.149009745457733e-17, 0x3fefaf48, 0x2d8e67f1,
  5.336805878514151e-17, 0x3fefba1b, 0xee615a27, 3.498978661192973e-17, 0x3fefc52b, 0x376bba97,
  4.5784915277060095e-17, 0x3fefd076, 0x5b6e4540, -5.241934575393899e-17, 0x3fefdbfd, 0xad9cbe14,
  2.0414278897578303e-17, 0x3fefe7c1, 0x819e90d8, 4.124842848606488e-18, 0x3feff3c2, 0x2b8f71f1,
]);

// invc, logc for each of the 64 subintervals (e_log2_data.c).
const LOG2_TAB = new Float64Array([
  1.4463276106642393, -0.5323943771486483,
  1.4301675812282968, -0.516184206053822,
  1.4143648676229383, -0.5001543441974263,
  1.3989068970611538, -0.4842999484799293,
  1.3837838957784339, -0.46861865624623533,
  1.368983882697786, -0.4531054615783887,
  1.3544972916324536, -0.43775750882059583,
  1.3403139676437443, -0.4225709906127122,
  1.3264249304188642, -0.40754302793970965,
  1.3128203652112156, -0.3926695240384106,
  1.299492412370217, -0.3779482100565019,
  1.28643198385998, -0.36337518101890964,
  1.2736319291846832, -0.3489484089425332,
  1.2610838968062879, -0.33466425780738973,
  1.248780314313572, -0.3205197000629596,
  1.2367150450059063, -0.3065131231801388,
  1.2248804968401878, -0.2926410022678283,
  1.2132702353497795, -0.2789009220805383,
  1.2018780785715362, -0.2652905529862437,
  1.190697765061355, -0.2518072602367738,
  1.1797235410550593, -0.23844881494437686,
  1.1689498986205256, -0.22521309705462045,
  1.158371137408455, -0.21209756102439314,
  1.1479820146386086, -0.1991000395789797,
  1.1377775576851088, -0.18621852970682085,
  1.127753150630225, -0.17345131655361,
  1.1179037012282074, -0.16079591649577196,
  1.1082251967632821, -0.14825107384353942,
  1.098712461056607, -0.13581387465410444,
  1.0893619091634283, -0.12348332762257996,
  1.0801689912316736, -0.11125703807351783,
  1.071129489697672, -0.09913289918449664,
  1.0622406576750423, -0.08711065531497297,
  1.0534977607927976, -0.07518724771330199,
  1.044897877982342, -0.06336194888240243,
  1.0364370289499079, -0.0516324649456692,
  1.0281122132034575, -0.039997735929773626,
  1.0199202450036955, -0.028456341769015125,
  1.0118577522306755, -0.017006489068080555,
  1.003921649236766, -0.005646678981520381,
  0.9922480467550775, 0.011227277611396858,
  0.9770993366178549, 0.033422853921138085,
  0.9624059787315814, 0.05528248992573026,
  0.9481480598286369, 0.07681573143713649,
  0.9343065931261065, 0.09803204623631245,
  0.9208633936884979, 0.11894094059630334,
  0.9078013641840602, 0.13955143862290242,
  0.8951048181512927, 0.15987146080919956,
  0.882758574260473, 0.17990916589428707,
  0.8707481902241709, 0.19967252559081317,
  0.8590602881746972, 0.2191687127685782,
  0.8476822044336688, 0.23840459427242422,
  0.8366013284053287, 0.25738780610663525,
  0.8258064913621258, 0.27612433583180973,
  0.8152865101579193, 0.2946209507022104,
  0.8050314363208223, 0.31288297359969874,
  0.7950310492640542, 0.33091689015759584,
  0.7852760432487271, 0.3487282100279572,
  0.7757575660314712, 0.36632223233368677,
  0.7664670566588946, 0.383704309808536,
  0.7573965608078645, 0.4008792246509074,
  0.7485380168514022, 0.41785250494945103,
  0.7398844213755009, 0.4346281724315304,
  0.7314286113178112, 0.45121103315341315,
]);

// Unpack the exp table into typed arrays read on the hot path.
const EXP_T = new Float64Array(128);
const EXP_SHI = new Int32Array(128);
const EXP_SLO = new Uint32Array(128);
for (let k = 0; k < 128; k++) {
  EXP_T[k] = EXP_TAB[3 * k]!;
  EXP_SHI[k] = EXP_TAB[3 * k + 1]!;
  EXP_SLO[k] = EXP_TAB[3 * k + 2]!;
}

// ---------------------------------------------------------------------------------------------
// exp (e_exp.c; also the last step of pow)

const INV_LN2_N = 184.6649652337873; // N/ln2 with N = 128
const NEG_LN2_HI_N = -0.005415212348111709; // -ln2/N, high part with trailing zeros
const NEG_LN2_LO_N = -1.2864023111638346e-14;
const SHIFT = 6755399441055744.0; // 0x1.8p52: adding it rounds to an integer
const C2 = 0.49999999999996786;
const C3 = 0.16666666666665886;
const C4 = 0.0416666808410674;
const C5 = 0.008333335853059549;
const TWO_1009 = 2 ** 1009;
const TWO_M1022 = 2 ** -1022;

/** `scale + scale * tmp` rounded once (the contracted last step of exp). */
function scaleFma(scale: number, tmp: number): number {
  const p = scale * tmp;
  const e = prodErr(scale, tmp, p);
  const s = scale + p;
  return s + ((p - (s - scale)) + e);
}

/**
 * exp's (or exp2's) result `scale * (1 + tmp)` when it may overflow or fall in the subnormal
 * range (glibc's specialcase). `sHi:sLo` are the bits of scale, whose exponent may have
 * wrapped; `ki` is the low word of the reduction's k, negative for results below 1.
 */
function expSpecial(
  tmp: number, sHi: number, sLo: number, ki: number, upBits: number, up: number, fused: boolean,
): number {
  if ((ki & 0x80000000) === 0) {
    // k > 0: the exponent of scale may have overflowed (by up to 460 for exp, 1 for exp2); scale
    // is taken 2**upBits lower and the result multiplied back by `up` = 2**upBits.
    const scale = asDouble((sHi - (upBits << 20)) | 0, sLo);
    return (fused ? scaleFma(scale, tmp) : scale + scale * tmp) * up;
  }
  // k < 0: round to the subnormal precision once, avoiding double rounding. GCC contracts a
  // product only when all its uses are in one basic block: `scale * tmp` is used again inside
  // the branch below, so here it is rounded on its own.
  const hiWord = (sHi + (1022 << 20)) | 0;
  const scale = asDouble(hiWord, sLo);
  const st = scale * tmp;
  let y = scale + st;
  if (Math.abs(y) < 1.0) {
    const one = y < 0.0 ? -1.0 : 1.0;
    let lo = scale - y + st;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y === 0) y = hiWord < 0 ? -0 : 0;
  }
  return y * TWO_M1022;
}

/**
 * `sign * exp(x + xtail)` once the caller has screened x (glibc's exp_inline in e_pow.c; exp
 * proper passes xtail = 0). `signBias` is 0, or 0x40000 to negate; `special` says |x| >= 512,
 * where the result may overflow or be subnormal.
 */
function expCore(x: number, xtail: number, signBias: number, special: boolean): number {
  // exp(x) = 2^(k/N) * exp(r), with x = k*ln2/N + r and |r| <= ln2/2N. glibc contracts this
  // product too, but rounding it first moves k only when x*N/ln2 is within 2**-36 of a
  // half-integer, and any k in reach gives the same result but for a further 2**-8 chance.
  const kd0 = INV_LN2_N * x + SHIFT;
  f64[0] = kd0;
  const ki = u32[LO]!;
  const kd = kd0 - SHIFT;
  const t = special ? fma(kd, NEG_LN2_HI_N, x) : x + kd * NEG_LN2_HI_N;
  const r = t + kd * NEG_LN2_LO_N + xtail;
  // 2^(k/N) ~= scale * (1 + tail)
  const idx = ki & 127;
  const tail = EXP_T[idx]!;
  const sHi = (EXP_SHI[idx]! + ((ki + signBias) << 13)) | 0;
  const sLo = EXP_SLO[idx]!;
  const r2 = r * r;
  const tmp = fma(r2, C2 + r * C3, tail + r) + r2 * r2 * (C4 + r * C5);
  if (special) return expSpecial(tmp, sHi, sLo, ki, 1009, TWO_1009, true);
  return scaleFma(asDouble(sHi, sLo), tmp);
}

/** C's `exp(x)` as glibc computes it. */
export function exp(x: number): number {
  const abstop = (highWord(x) >>> 20) & 0x7ff;
  let special = false;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    // |x| < 2**-54, |x| >= 512, inf or nan
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0 : Infinity;
    }
    special = true;
  }
  return expCore(x, 0, 0, special);
}

// ---------------------------------------------------------------------------------------------
// log (e_log.c)

const LOG_LN2_HI = 0.6931471805598903;
const LOG_LN2_LO = 5.497923018708371e-14;
const LA0 = -0.5000000000000001;
const LA1 = 0.33333333331825593;
const LA2 = -0.2499999999622955;
const LA3 = 0.20000304511814496;
const LA4 = -0.16667054827627667;
const B0 = -0.5;
const B1 = 0.3333333333333352;
const B2 = -0.24999999999998432;
const B3 = 0.19999999999320328;
const B4 = -0.16666666669929706;
const B5 = 0.14285715076560868;
const B6 = -0.12499997863982555;
const B7 = 0.11110712032936046;
const B8 = -0.10000486757818193;
const B9 = 0.09181994006195467;
const B10 = -0.08328363062289341;
const TWO_52 = 2 ** 52;

/** C's `log(x)` as glibc computes it. */
export function log(x: number): number {
  f64[0] = x;
  let ixHi = u32[HI]!;
  let ixLo = u32[LO]!;
  if (((ixHi - 0x3fee0000) >>> 0) < 0x3ff10900 - 0x3fee0000) {
    // 1 - 2**-4 <= x < 1 + 0x1.09p-4: a polynomial in r = x - 1, carried with extra precision.
    if (x === 1) return 0;
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    const q3 = fma(r3, B10, fma(r2, B9, fma(r, B8, B7)));
    const q2 = fma(r3, q3, fma(r2, B6, fma(r, B5, B4)));
    const q = fma(r3, q2, fma(r2, B3, fma(r, B2, B1)));
    const w0 = r * 134217728;
    const rhi = r + w0 - w0;
    const rlo = r - rhi;
    const w = rhi * rhi * B0; // exact
    const hi = r + w;
    let lo = r - hi + w;
    lo += B0 * rlo * (rhi + r);
    return fma(r3, q, lo) + hi;
  }
  const top = ixHi >>> 16;
  if (((top - 0x0010) >>> 0) >= 0x7ff0 - 0x0010) {
    // x < 2**-1022, inf or nan
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if ((top & 0x8000) !== 0 || (top & 0x7ff0) === 0x7ff0) return NaN;
    // Subnormal: normalize.
    f64[0] = x * TWO_52;
    ixHi = (u32[HI]! - (52 << 20)) | 0;
    ixLo = u32[LO]!;
  }
  // x = 2^k z with z in [0x1.6p-1, 0x1.6p0); log(x) = k*ln2 + log(c) + log1p(z/c - 1).
  const tmpHi = (ixHi - 0x3fe60000) | 0;
  const i = (tmpHi >>> 13) & 127;
  const kd = tmpHi >> 20;
  const z = asDouble((ixHi - (tmpHi & 0xfff00000)) | 0, ixLo);
  const invc = LOG_TAB[2 * i]!;
  const logc = LOG_TAB[2 * i + 1]!;
  // r = fma(z, invc, -1): z * invc - 1 is exact before its one rounding.
  const p = z * invc;
  const r = (p - 1.0) + prodErr(z, invc, p);
  const w = kd * LOG_LN2_HI + logc; // exact
  const hi = w + r;
  const lo = w - hi + r + kd * LOG_LN2_LO;
  const r2 = r * r;
  const y = fma(r * r2, LA1 + r * LA2 + r2 * (LA3 + r * LA4), fma(r2, LA0, lo));
  return y + hi;
}

// ---------------------------------------------------------------------------------------------
// pow (e_pow.c)

const PL_LN2_HI = 0.6931471805598903;
const PL_LN2_LO = 5.497923018708371e-14;
const PA0 = -0.5;
const PA1 = -0.6666666666666679;
const PA2 = 0.5000000000000007;
const PA3 = 0.7999999995323976;
const PA4 = -0.6666666663487739;
const PA5 = -1.142909628459501;
const PA6 = 1.0000415263675542;

// The low part of logInline's result (no allocation for the pair).
let logTail = 0;

/**
 * log(x) as hi + logTail with about 68 bits, for the bits `ixHi:ixLo` of a positive x (a
 * subnormal x comes normalized with a negative exponent: glibc's log_inline).
 */
function logInline(ixHi: number, ixLo: number): number {
  const tmpHi = (ixHi - 0x3fe69555) | 0;
  const i = (tmpHi >>> 13) & 127;
  const kd = tmpHi >> 20;
  const izHi = (ixHi - (tmpHi & 0xfff00000)) | 0;
  const z = asDouble(izHi, ixLo);
  const invc = POW_LOG_TAB[3 * i]!;
  const logc = POW_LOG_TAB[3 * i + 1]!;
  const logctail = POW_LOG_TAB[3 * i + 2]!;
  // r = z/c - 1 is exact: split z so that both partial products are exact.
  const zhi = asDouble((izHi + (ixLo >>> 31)) | 0, 0);
  const zlo = z - zhi;
  const r = (zhi * invc - 1.0) + zlo * invc;
  // k*ln2 + log(c) + r
  const t1 = kd * PL_LN2_HI + logc; // exact
  const t2 = t1 + r;
  const lo1 = kd * PL_LN2_LO + logctail;
  const lo2 = t1 - t2 + r;
  const ar = PA0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = prodErr(ar, r, ar2);
  const lo4 = t2 - hi + ar2;
  const q = PA1 + r * PA2 + ar2 * (PA3 + r * PA4 + ar2 * (PA5 + r * PA6));
  const lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

/** 0 if y is not an integer, 1 if odd, 2 if even (y finite and nonzero). */
function checkInt(y: number): number {
  if (!Number.isInteger(y)) return 0;
  return y % 2 === 0 ? 2 : 1;
}

const SIGN_BIAS = 0x800 << 7;

/** C's `pow(x, y)` as glibc computes it. */
export function pow(x: number, y: number): number {
  f64[0] = x;
  let ixHi = u32[HI]!;
  let ixLo = u32[LO]!;
  let topx = ixHi >>> 20;
  const topy = highWord(y) >>> 20;
  let signBias = 0;
  const yOutside = (((topy & 0x7ff) - 0x3be) >>> 0) >= 0x43e - 0x3be;
  if (((topx - 0x001) >>> 0) >= 0x7ff - 0x001 || yOutside) {
    // x is zero, subnormal, negative, inf or nan; or |y| < 2**-65, |y| >= 2**63, inf or nan.
    if (y === 0 || y !== y || y === Infinity || y === -Infinity) {
      if (y === 0) return 1.0;
      if (x === 1.0) return 1.0;
      if (x !== x || y !== y) return x + y;
      const ax = Math.abs(x);
      if (ax === 1.0) return 1.0;
      if ((ax < 1.0) === (y > 0)) return 0.0;
      return y * y;
    }
    if (x === 0 || x !== x || x === Infinity || x === -Infinity) {
      let x2 = x * x;
      if ((ixHi & 0x80000000) !== 0 && checkInt(y) === 1) x2 = -x2;
      return y < 0 ? 1 / x2 : x2;
    }
    // x and y are nonzero and finite.
    if ((ixHi & 0x80000000) !== 0) {
      const yint = checkInt(y);
      if (yint === 0) return NaN;
      if (yint === 1) signBias = SIGN_BIAS;
      ixHi &= 0x7fffffff;
      topx &= 0x7ff;
    }
    if (yOutside) {
      // y is even here.
      if (ixHi === 0x3ff00000 && ixLo === 0) return 1.0;
      const xAbove1 = ixHi > 0x3ff00000 || (ixHi === 0x3ff00000 && ixLo !== 0);
      if ((topy & 0x7ff) < 0x3be) return xAbove1 ? 1.0 + y : 1.0 - y;
      return xAbove1 === (topy < 0x800) ? Infinity : 0;
    }
    if (topx === 0) {
      // Subnormal x: normalize, the exponent becoming negative.
      f64[0] = Math.abs(x) * TWO_52;
      ixHi = (u32[HI]! - (52 << 20)) | 0;
      ixLo = u32[LO]!;
    }
  }
  const hi = logInline(ixHi, ixLo);
  const lo = logTail;
  const ehi = y * hi;
  const elo = y * lo + prodErr(y, hi, ehi);
  // exp_inline(ehi, elo, signBias)
  const abstop = (highWord(ehi) >>> 20) & 0x7ff;
  let special = false;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) {
      const one = 1.0 + ehi;
      return signBias !== 0 ? -one : one;
    }
    if (abstop >= 0x409) {
      const inf = ehi < 0 ? 0 : Infinity;
      return signBias !== 0 ? -inf : inf;
    }
    special = true;
  }
  return expCore(ehi, elo, signBias, special);
}

// ---------------------------------------------------------------------------------------------
// exp2 (e_exp2.c, sharing exp's table). glibc has no FMA variant of exp2 on x86-64: the generic
// build runs, and nothing here is fused.

const EXP2_SHIFT = 52776558133248.0; // 0x1.8p52 / N: adding it rounds to a multiple of 1/N
const E1 = 0.6931471805599453;
const E2 = 0.24022650695909065;
const E3 = 0.0555041086686087;
const E4 = 0.009618131975721055;
const E5 = 0.0013332074570119598;

/** C's `exp2(x)` as glibc computes it. */
export function exp2(x: number): number {
  const abstop = (highWord(x) >>> 20) & 0x7ff;
  let special = false;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    // |x| < 2**-54, |x| >= 512, inf or nan
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      if (x > 0) return Infinity;
      if (x <= -1075) return 0;
    }
    if (Math.abs(x) > 928) special = true;
  }
  // exp2(x) = 2^(k/N) * 2^r, with x = k/N + r and |r| <= 1/2N.
  const kd0 = x + EXP2_SHIFT;
  f64[0] = kd0;
  const ki = u32[LO]!;
  const r = x - (kd0 - EXP2_SHIFT);
  const idx = ki & 127;
  const tail = EXP_T[idx]!;
  const sHi = (EXP_SHI[idx]! + (ki << 13)) | 0;
  const sLo = EXP_SLO[idx]!;
  const r2 = r * r;
  const tmp = tail + r * E1 + r2 * (E2 + r * E3) + r2 * r2 * (E4 + r * E5);
  if (special) return expSpecial(tmp, sHi, sLo, ki, 1, 2, false);
  const scale = asDouble(sHi, sLo);
  return scale + scale * tmp;
}

// ---------------------------------------------------------------------------------------------
// log2 (e_log2.c)

const INV_LN2_HI = 1.4426950407214463; // 1/ln2, high part with trailing zeros
const INV_LN2_LO = 1.6751713164886512e-10;
const L2A0 = -0.7213475204444882;
const L2A1 = 0.4808983469629985;
const L2A2 = -0.36067375954075914;
const L2A3 = 0.2885390073180969;
const L2A4 = -0.2404693555628422;
const L2A5 = 0.2061202382173603;
const L2B0 = -0.7213475204444817;
const L2B1 = 0.48089834696298744;
const L2B2 = -0.360673760222145;
const L2B3 = 0.2885390081805197;
const L2B4 = -0.24044917405728863;
const L2B5 = 0.2060992861022954;
const L2B6 = -0.18033596705327856;
const L2B7 = 0.1603032746063156;
const L2B8 = -0.14483316576701266;
const L2B9 = 0.13046826811283835;

/** C's `log2(x)` as glibc computes it. */
export function log2(x: number): number {
  f64[0] = x;
  let ixHi = u32[HI]!;
  let ixLo = u32[LO]!;
  if (((ixHi - 0x3feea4af) >>> 0) < 0x3ff0b559 - 0x3feea4af) {
    // 1 - 0x1.5b51p-5 <= x < 1 + 0x1.6ab2p-5: a polynomial in r = x - 1.
    if (x === 1) return 0;
    const r = x - 1.0;
    const hi = r * INV_LN2_HI;
    let lo = r * INV_LN2_LO + prodErr(r, INV_LN2_HI, hi);
    const r2 = r * r;
    const r4 = r2 * r2;
    const q0 = fma(r, L2B1, L2B0);
    // p = r2 * q0 feeds two additions: both are contracted.
    const y = fma(r2, q0, hi);
    lo += fma(r2, q0, hi - y);
    const q = L2B2 + r * L2B3 + r2 * (L2B4 + r * L2B5)
      + r4 * (L2B6 + r * L2B7 + r2 * (L2B8 + r * L2B9));
    lo = fma(r4, q, lo);
    return y + lo;
  }
  const top = ixHi >>> 16;
  if (((top - 0x0010) >>> 0) >= 0x7ff0 - 0x0010) {
    // x < 2**-1022, inf or nan
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if ((top & 0x8000) !== 0 || (top & 0x7ff0) === 0x7ff0) return NaN;
    f64[0] = x * TWO_52;
    ixHi = (u32[HI]! - (52 << 20)) | 0;
    ixLo = u32[LO]!;
  }
  // x = 2^k z; log2(x) = k + log2(c) + log2(z/c).
  const tmpHi = (ixHi - 0x3fe60000) | 0;
  const i = (tmpHi >>> 14) & 63;
  const kd = tmpHi >> 20;
  const z = asDouble((ixHi - (tmpHi & 0xfff00000)) | 0, ixLo);
  const invc = LOG2_TAB[2 * i]!;
  const logc = LOG2_TAB[2 * i + 1]!;
  const p0 = z * invc;
  const r = (p0 - 1.0) + prodErr(z, invc, p0);
  const t1 = r * INV_LN2_HI;
  const t2 = r * INV_LN2_LO + prodErr(r, INV_LN2_HI, t1);
  const t3 = kd + logc; // exact
  const hi = t3 + t1;
  const lo = t3 - hi + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(r, L2A1, L2A0) + r2 * (L2A2 + r * L2A3) + r4 * (L2A4 + r * L2A5);
  return fma(r2, p, lo) + hi;
}

// ---------------------------------------------------------------------------------------------
// hypot (sysdeps/ieee754/dbl-64/e_hypot.c: Borges's algorithm with one correction step, the
// variant built without FMA). complex's abs() and cmath call C's hypot; math.hypot does not.

const HYPOT_SCALE = 2 ** -600;
const HYPOT_LARGE = 2 ** 511;
const HYPOT_TINY = 2 ** -511;
const HYPOT_EPS = 2 ** -54;

function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > HYPOT_LARGE) {
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY) {
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

// ---------------------------------------------------------------------------------------------
// cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c: a polynomial guess refined by one Halley step, built
// without FMA). It is off by an ulp for about half of all arguments, differently from V8's.

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  // frexp(|x|): |x| = xm * 2**xe with 0.5 <= xm < 1.
  let ax = Math.abs(x);
  let bias = 1022;
  if (ax < 2.2250738585072014e-308) {
    ax *= 2 ** 54;
    bias += 54;
  }
  const hi = highWord(ax);
  const xe = ((hi >>> 20) & 0x7ff) - bias;
  const xm = asDouble((hi & 0x000fffff) | 0x3fe00000, lowWord(ax));
  const u = 0.354895765043919860
    + ((1.50819193781584896
      + ((-2.11499494167371287
        + ((2.44693122563534430
          + ((-1.83469277483613086
            + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  // C's % and / truncate toward zero, as JS's % and Math.trunc do.
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)]!;
  return (x > 0.0 ? ym : -ym) * 2 ** Math.trunc(xe / 3);
}

// ---------------------------------------------------------------------------------------------
// sinh, cosh and tanh (e_sinh.c, e_cosh.c, s_tanh.c: fdlibm's, built without FMA). They call
// glibc's exp and expm1 (below), so they differ from V8's wherever those do.

export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1.0;
      const t = expm1(ax);
      const w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(ax);
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d)) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

export function sinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = expm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(ax);
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d)) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * Infinity;
}

export function tanh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x + x : x > 0 ? 1.0 : -1.0;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1.0 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = expm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0;
  }
  return x >= 0 ? z : -z;
}

// ---------------------------------------------------------------------------------------------
// log10 (e_log10.c: fdlibm's reduction around glibc's log, built without FMA).

const LOG10_IVLN10 = 4.34294481903251816668e-1;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;

export function log10(x: number): number {
  let hx = highWord(x) | 0;
  let k = 0;
  if (hx < 0x00100000) {
    if (x === 0) return -Infinity;
    if (hx < 0 || x !== x) return NaN;
    k -= 54;
    x *= 2 ** 54;
    hx = highWord(x) | 0;
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  // The mantissa goes to [1, 2) for x >= 1 and to [0.5, 1) below, so that log(m) keeps its sign.
  const i = k < 0 ? 1 : 0;
  const y = k + i;
  const m = asDouble((hx & 0x000fffff) | ((0x3ff - i) << 20), lowWord(x));
  const z = y * LOG10_2LO + LOG10_IVLN10 * log(m);
  return z + y * LOG10_2HI;
}

// ---------------------------------------------------------------------------------------------
// expm1 (s_expm1.c: fdlibm's method, its polynomial regrouped in pairs). x = k*ln2 + r with
// |r| <= ln2/2, r carried as a double plus a correction; expm1(r) comes from a rational
// approximation built on r*(e^r + 1)/(e^r - 1), then 2^k is folded back in a way that keeps the
// subtraction of 1 exact. glibc picks its FMA build on x86-64 (expm1 is an ifunc): every `fma`
// below is a fused operation in that build's machine code, where the single rounding can show.

const EM_LN2_HI = 6.93147180369123816490e-01; // ln2 to 32 bits: k times it is exact
const EM_LN2_LO = 1.90821492927058770002e-10;
const EM_INV_LN2 = 1.44269504088896338700e+00;
const EM_OVERFLOW = 7.09782712893383973096e+02;
// The rational approximation's coefficients, prescaled by powers of two (z = r*r/2).
const EQ1 = -3.33333333333331316428e-02;
const EQ2 = 1.58730158725481460165e-03;
const EQ3 = -7.93650757867487942473e-05;
const EQ4 = 4.00821782732936239552e-06;
const EQ5 = -2.01099218183624371326e-07;

export function expm1(x: number): number {
  const hx = highWord(x);
  const negative = (hx & 0x80000000) !== 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x4043687a) {
    // |x| >= 56 ln2: e^x - 1 is -1 below, or e^x (possibly overflowing) above.
    if (ix >= 0x40862e42) {
      if (ix >= 0x7ff00000) return x !== x ? x + x : negative ? -1.0 : x;
      if (x > EM_OVERFLOW) return Infinity;
    }
    if (negative) return -1.0;
  }
  let k = 0;
  let corr = 0;
  if (ix > 0x3fd62e42) {
    // |x| > ln2/2: reduce.
    let reducedHi: number;
    let reducedLo: number;
    if (ix < 0x3ff0a2b2) {
      reducedHi = negative ? x + EM_LN2_HI : x - EM_LN2_HI;
      reducedLo = negative ? -EM_LN2_LO : EM_LN2_LO;
      k = negative ? -1 : 1;
    } else {
      // C converts toward zero; the +-0.5 makes that a rounding to nearest.
      k = Math.trunc(EM_INV_LN2 * x + (negative ? -0.5 : 0.5));
      reducedHi = x - k * EM_LN2_HI;
      reducedLo = k * EM_LN2_LO;
    }
    x = reducedHi - reducedLo;
    corr = (reducedHi - x) - reducedLo;
  } else if (ix < 0x3c900000) {
    return x; // |x| < 2**-54: e^x - 1 rounds to x
  }
  const halfR = 0.5 * x;
  const halfRSq = x * halfR;
  const q2 = halfRSq * halfRSq;
  const q4 = q2 * q2;
  const series = fma(q4, fma(halfRSq, EQ5, EQ4), fma(q2, fma(halfRSq, EQ3, EQ2), fma(halfRSq, EQ1, 1.0)));
  const t = fma(-series, halfR, 3.0);
  // x is now the reduced argument r, and expm1(r) = r - (r*tail - r^2/2).
  let tail = halfRSq * ((series - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(tail, x, -halfRSq);
  tail = fma(tail - corr, x, -corr) - halfRSq;
  // The products below are by powers of two, exact: fusing them changes nothing.
  if (k === -1) return 0.5 * (x - tail) - 0.5;
  if (k === 1) return x < -0.25 ? -2.0 * (tail - (x + 0.5)) : 1.0 + 2.0 * (x - tail);
  if (k <= -2 || k > 56) {
    // 2^k * (1 + expm1(r)) - 1, scaling by adding k to the exponent field.
    const y = 1.0 - (tail - x);
    return asDouble(highWord(y) + (k << 20), lowWord(y)) - 1.0;
  }
  let y: number;
  if (k < 20) {
    y = asDouble(0x3ff00000 - (0x200000 >> k), 0) - (tail - x); // (1 - 2^-k) - ...
  } else {
    y = x - (tail + asDouble((0x3ff - k) << 20, 0)) + 1.0; // 2^k * ((r - 2^-k) + 1)
  }
  return asDouble(highWord(y) + (k << 20), lowWord(y));
}

// ---------------------------------------------------------------------------------------------
// log1p (s_log1p.c: fdlibm's method with its polynomial regrouped in pairs). 1 + x = 2^k * (1 + f)
// with sqrt(2)/2 < 1 + f < sqrt(2), where the rounding of 1 + x is carried as a correction c/u;
// log(1 + f) = 2s + s*R(s*s) with s = f/(2 + f). The exported log1p is a plain wrapper, but the
// function it calls is an ifunc with an FMA build, the one x86-64 runs: its machine code fuses
// the products marked `fma` below (z2 * R2 and s * (hfsq + R) stay unfused). Products by k*ln2_hi
// are exact, so fusing them changes nothing.

const L1P_LN2_HI = 6.93147180369123816490e-01;
const L1P_LN2_LO = 1.90821492927058770002e-10;
const LP1 = 6.666666666666735130e-01;
const LP2 = 3.999999999940941908e-01;
const LP3 = 2.857142874366239149e-01;
const LP4 = 2.222219843214978396e-01;
const LP5 = 1.818357216161805012e-01;
const LP6 = 1.531383769920937332e-01;
const LP7 = 1.479819860511658591e-01;

export function log1p(x: number): number {
  const hx = highWord(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let corr = 0;
  let hiU = 0;
  if (hx < 0x3fda827a) {
    // x < sqrt(2) - 1, negative numbers included.
    if (ax >= 0x3ff00000) return x === -1.0 ? -Infinity : NaN;
    if (ax < 0x3e200000) return ax < 0x3c900000 ? x : x - x * x * 0.5;
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // sqrt(2)/2 - 1 <= x < sqrt(2) - 1: 1 + x needs no reduction, f = x exactly.
      k = 0;
      f = x;
      hiU = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hiU = highWord(u);
      k = (hiU >> 20) - 1023;
      corr = (k > 0 ? 1.0 - (u - x) : x - (u - 1.0)) / u;
    } else {
      u = x; // beyond 2^53, 1 + x is x
      hiU = highWord(u);
      k = (hiU >> 20) - 1023;
    }
    hiU &= 0x000fffff;
    if (hiU < 0x6a09e) {
      u = asDouble(hiU | 0x3ff00000, lowWord(u)); // u in [1, sqrt(2))
    } else {
      k += 1;
      u = asDouble(hiU | 0x3fe00000, lowWord(u)); // u/2 in [sqrt(2)/2, 1)
      hiU = (0x00100000 - hiU) >> 2;
    }
    f = u - 1.0;
  }
  const halfFSq = 0.5 * f * f;
  if (hiU === 0) {
    // |f| < 2**-20: a short series.
    if (f === 0) return k === 0 ? 0 : k * L1P_LN2_HI + fma(k, L1P_LN2_LO, corr);
    const r = fma(-f, 0.66666666666666666, 1.0) * halfFSq;
    if (k === 0) return f - r;
    return k * L1P_LN2_HI - ((r - fma(k, L1P_LN2_LO, corr)) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z2 * z4;
  let r = fma(z, LP1, z2 * fma(z, LP3, LP2));
  r = fma(z4, fma(z, LP5, LP4), r);
  r = fma(z6, fma(z, LP7, LP6), r);
  if (k === 0) return f - (halfFSq - s * (halfFSq + r));
  return k * L1P_LN2_HI - ((halfFSq - (s * (halfFSq + r) + fma(k, L1P_LN2_LO, corr))) - f);
}

// ---------------------------------------------------------------------------------------------
// asinh, acosh, atanh (s_asinh.c, e_acosh.c, e_atanh.c: fdlibm's formulas over glibc's log and
// log1p, built without FMA).

const LN2 = 6.93147180559945286227e-01;

export function asinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x; // |x| < 2**-28 (0 and subnormals included)
  if (ix >= 0x7ff00000) return x + x;
  const ax = Math.abs(x);
  let w: number;
  if (ix > 0x41b00000) {
    w = log(ax) + LN2; // |x| > 2**28: asinh(x) = log(2|x|)
  } else if (ix > 0x40000000) {
    w = log(2.0 * ax + 1.0 / (Math.sqrt(ax * ax + 1.0) + ax));
  } else {
    const t = ax * ax;
    w = log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
  }
  return x < 0 ? -w : w;
}

export function acosh(x: number): number {
  const hx = highWord(x) | 0;
  if (hx < 0x3ff00000) return NaN; // x < 1, negative numbers and -0 included
  if (hx >= 0x41b00000) return hx >= 0x7ff00000 ? x + x : log(x) + LN2;
  if (x === 1.0) return 0.0;
  if (hx > 0x40000000) return log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
  const t = x - 1.0;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}

export function atanh(x: number): number {
  const ax = Math.abs(x);
  let t: number;
  if (ax < 0.5) {
    if (ax < 2 ** -28) return x;
    const twice = ax + ax;
    t = 0.5 * log1p(twice + (twice * ax) / (1.0 - ax));
  } else if (ax < 1.0) {
    t = 0.5 * log1p((ax + ax) / (1.0 - ax));
  } else {
    if (ax > 1.0 || x !== x) return x !== x ? x + x : NaN;
    return x / 0.0; // +-inf at +-1
  }
  return x < 0 ? -t : t;
}
