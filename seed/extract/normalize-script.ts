// A 1:1 traditional → simplified character map, so that rules written in simplified Chinese also match
// traditional texts while every offset into the normalised copy stays valid in the original text.
// The pairs cover the vocabulary of this regulation, the lexicon and common legislative wording
// (generated once with OpenCC s2t, kept only where OpenCC t2s maps the traditional character back to
// the same simplified one, so that no character that is also ordinary simplified text — 著 — is touched).
// Full-width punctuation is normalised the same way; 「」 are the quotation marks of traditional texts.

const TRADITIONAL =
  '與專業東絲丟兩個臨爲舉烏樂習鄉書爭於亞產倉們價衆優會傳體債儲黨關興養內冊寫農決況準減憑劃則創別辦務動勵勞勢區醫華協單衛廳' +
  '縣參雙發變疊臺葉號後嗎聽員諮響團園圍國圖場塊堅壯聲處備復夠頭奪獎婦學寧寶實審寬賓對導將爾層屆屬歲島幣師帶幫幹並廣慶牀庫應' +
  '廢開異張強歸當錄徹徑憶態總懇惡懲願戲戰戶撲執擴揚擾護報擔擬撥擇掛揮損換據數斷時顯晉曬暫術機殺權條來傑極構樞槍標棟樹樣橋檢' +
  '樓歡歐殘毀畢氣匯漢溝沒潔淺測濟濤潤漲瀆漸溫遊灣滅燈靈災點煉熱愛牽狀獨獵獻環現電畫暢療鹽監蓋盤睜礦礎確禮離種積稱稅穩窮競筆' +
  '築籌籤簡類糧緊糾纖約級紀純紗綱納縱紛紙紡紐線練組細織終經結繞給絡絕統繼績維綢綜綠編緣縮網羅罰羣職聯肅勝腦藝節蕪蘇範榮藥獲' +
  '營慮銜補裝見觀規視覽覺觸譽計訂認討讓訓議訊記講許論訟設訪證評識訴診詞譯試詩誠話詢該詳語誤說請諸讀課誰調談謀謂謝謹譜負貢財' +
  '責敗賬貨質販購貫貼貴貸貿費資賦賠賴賽贊贏趙趕趨踐車軌轉輪軟輕載較輔輻輯輸轄邊達遷過運還這進遠違連遲適選遞遺郵鄰鄭醬採釋裏' +
  '鑑針鈔鍾錢鐵銀鋪鏈銷鎖鋒錯鎮長門閉問閒間聞閥閱階際陸陳險隨隱難僱霧頂項順須頓預領頻題額風飛飯飲飼館驅駐驗魚魯鳥雞麥黃齊龍' +
  '複製覈佈託週併簽註誌為汙眾裡説閲麵綫';
const SIMPLIFIED =
  '与专业东丝丢两个临为举乌乐习乡书争于亚产仓们价众优会传体债储党关兴养内册写农决况准减凭划则创别办务动励劳势区医华协单卫厅' +
  '县参双发变叠台叶号后吗听员咨响团园围国图场块坚壮声处备复够头夺奖妇学宁宝实审宽宾对导将尔层届属岁岛币师带帮干并广庆床库应' +
  '废开异张强归当录彻径忆态总恳恶惩愿戏战户扑执扩扬扰护报担拟拨择挂挥损换据数断时显晋晒暂术机杀权条来杰极构枢枪标栋树样桥检' +
  '楼欢欧残毁毕气汇汉沟没洁浅测济涛润涨渎渐温游湾灭灯灵灾点炼热爱牵状独猎献环现电画畅疗盐监盖盘睁矿础确礼离种积称税稳穷竞笔' +
  '筑筹签简类粮紧纠纤约级纪纯纱纲纳纵纷纸纺纽线练组细织终经结绕给络绝统继绩维绸综绿编缘缩网罗罚群职联肃胜脑艺节芜苏范荣药获' +
  '营虑衔补装见观规视览觉触誉计订认讨让训议讯记讲许论讼设访证评识诉诊词译试诗诚话询该详语误说请诸读课谁调谈谋谓谢谨谱负贡财' +
  '责败账货质贩购贯贴贵贷贸费资赋赔赖赛赞赢赵赶趋践车轨转轮软轻载较辅辐辑输辖边达迁过运还这进远违连迟适选递遗邮邻郑酱采释里' +
  '鉴针钞钟钱铁银铺链销锁锋错镇长门闭问闲间闻阀阅阶际陆陈险随隐难雇雾顶项顺须顿预领频题额风飞饭饮饲馆驱驻验鱼鲁鸟鸡麦黄齐龙' +
  '复制核布托周并签注志为污众里说阅面线';

// Characters whose simplified form is ambiguous in the other direction (制 ← 製/制, 系 ← 係/系/繫…),
// which the generation step leaves out.
const EXTRA_TRADITIONAL = '製係繫彙佈';
const EXTRA_SIMPLIFIED = '制系系汇布';
const PUNCTUATION_FROM = '(),;:!?「」『』';
const PUNCTUATION_TO = '（），；：！？“”‘’';

function buildMap(): ReadonlyMap<string, string> {
  const from = TRADITIONAL + EXTRA_TRADITIONAL + PUNCTUATION_FROM;
  const to = SIMPLIFIED + EXTRA_SIMPLIFIED + PUNCTUATION_TO;
  if (from.length !== to.length) throw new Error('normalize-script: character tables differ in length');
  const map = new Map<string, string>();
  for (let i = 0; i < from.length; i++) map.set(from[i]!, to[i]!);
  return map;
}

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = buildMap();

const MAPPED = new RegExp(`[${[...TRADITIONAL_TO_SIMPLIFIED.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'g');

/** Same length as the input: each UTF-16 unit is replaced by at most one other unit. */
export function normalizeScript(text: string): string {
  return text.replace(MAPPED, (char) => TRADITIONAL_TO_SIMPLIFIED.get(char) ?? char);
}
