#include "DemoVocabulary.h"

namespace sb::demo {

namespace {

// All names below are invented for the demo; combinations that would spell a well-known
// company are filtered out through famousBrands.

template <size_t N>
std::vector<Word> words(const char *const (&pairs)[N][2])
{
    std::vector<Word> out;
    out.reserve(N);
    for (const auto &p : pairs)
        out.push_back({QString::fromUtf8(p[0]), QString::fromUtf8(p[1])});
    return out;
}

template <size_t N>
QStringList list(const char *const (&items)[N])
{
    QStringList out;
    out.reserve(int(N));
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

Word word(const char *cn, const char *en) { return {QString::fromUtf8(cn), QString::fromUtf8(en)}; }

const char *const kRegions[][2] = {
    {"华东", "East China"},      {"华南", "South China"},     {"华北", "North China"},
    {"华中", "Central China"},   {"西南", "Southwest China"}, {"西北", "Northwest China"},
    {"东北", "Northeast China"},
};

struct RawCity {
    const char *cn, *en, *provinceCn, *provinceEn, *area, *postal;
    int region;
};

// Manufacturing centres, most of them in the east and south where most buyers are.
const RawCity kCities[] = {
    {"上海", "Shanghai", "上海", "Shanghai", "21", "200", 0},
    {"苏州", "Suzhou", "江苏", "Jiangsu", "512", "215", 0},
    {"杭州", "Hangzhou", "浙江", "Zhejiang", "571", "310", 0},
    {"宁波", "Ningbo", "浙江", "Zhejiang", "574", "315", 0},
    {"南京", "Nanjing", "江苏", "Jiangsu", "25", "210", 0},
    {"无锡", "Wuxi", "江苏", "Jiangsu", "510", "214", 0},
    {"常州", "Changzhou", "江苏", "Jiangsu", "519", "213", 0},
    {"合肥", "Hefei", "安徽", "Anhui", "551", "230", 0},
    {"青岛", "Qingdao", "山东", "Shandong", "532", "266", 0},
    {"济南", "Jinan", "山东", "Shandong", "531", "250", 0},
    {"厦门", "Xiamen", "福建", "Fujian", "592", "361", 0},
    {"福州", "Fuzhou", "福建", "Fujian", "591", "350", 0},
    {"深圳", "Shenzhen", "广东", "Guangdong", "755", "518", 1},
    {"广州", "Guangzhou", "广东", "Guangdong", "20", "510", 1},
    {"东莞", "Dongguan", "广东", "Guangdong", "769", "523", 1},
    {"佛山", "Foshan", "广东", "Guangdong", "757", "528", 1},
    {"珠海", "Zhuhai", "广东", "Guangdong", "756", "519", 1},
    {"南宁", "Nanning", "广西", "Guangxi", "771", "530", 1},
    {"北京", "Beijing", "北京", "Beijing", "10", "100", 2},
    {"天津", "Tianjin", "天津", "Tianjin", "22", "300", 2},
    {"石家庄", "Shijiazhuang", "河北", "Hebei", "311", "050", 2},
    {"太原", "Taiyuan", "山西", "Shanxi", "351", "030", 2},
    {"武汉", "Wuhan", "湖北", "Hubei", "27", "430", 3},
    {"长沙", "Changsha", "湖南", "Hunan", "731", "410", 3},
    {"郑州", "Zhengzhou", "河南", "Henan", "371", "450", 3},
    {"成都", "Chengdu", "四川", "Sichuan", "28", "610", 4},
    {"重庆", "Chongqing", "重庆", "Chongqing", "23", "400", 4},
    {"昆明", "Kunming", "云南", "Yunnan", "871", "650", 4},
    {"西安", "Xi'an", "陕西", "Shaanxi", "29", "710", 5},
    {"兰州", "Lanzhou", "甘肃", "Gansu", "931", "730", 5},
    {"沈阳", "Shenyang", "辽宁", "Liaoning", "24", "110", 6},
    {"大连", "Dalian", "辽宁", "Liaoning", "411", "116", 6},
    {"长春", "Changchun", "吉林", "Jilin", "431", "130", 6},
    {"哈尔滨", "Harbin", "黑龙江", "Heilongjiang", "451", "150", 6},
};

struct RawAbroad {
    const char *cn, *en, *provinceCn, *provinceEn, *countryCn, *countryEn;
    const char *office, *mobile, *postal, *street, *suffix, *domain;
};

const RawAbroad kAbroad[] = {
    {"新加坡", "Singapore", "新加坡", "Singapore", "新加坡", "Singapore", "+65 6### ####", "+65 9### ####",
     "41####", "Ubi Avenue 1", "Pte Ltd", ".com.sg"},
    {"慕尼黑", "Munich", "巴伐利亚", "Bavaria", "德国", "Germany", "+49 89 #### ###", "+49 151 #### ####",
     "80###", "Landsberger Strasse", "GmbH", ".de"},
    {"圣何塞", "San Jose", "加利福尼亚", "California", "美国", "United States", "+1 408 ### ####",
     "+1 669 ### ####", "951##", "North First Street", "Inc.", ".com"},
    {"大阪", "Osaka", "大阪府", "Osaka", "日本", "Japan", "+81 6 #### ####", "+81 90 #### ####", "530-00##",
     "Midosuji", "Co., Ltd.", ".co.jp"},
    {"曼谷", "Bangkok", "曼谷", "Bangkok", "泰国", "Thailand", "+66 2 ### ####", "+66 81 ### ####", "10###",
     "Rama IV Road", "Co., Ltd.", ".co.th"},
    {"胡志明市", "Ho Chi Minh City", "胡志明市", "Ho Chi Minh City", "越南", "Vietnam", "+84 28 #### ####",
     "+84 90 ### ####", "700###", "Nguyen Van Linh Parkway", "Co., Ltd.", ".com.vn"},
    {"伯明翰", "Birmingham", "西米德兰兹", "West Midlands", "英国", "United Kingdom", "+44 121 ### ####",
     "+44 7700 ######", "B# 7TT", "Aston Science Park", "Ltd", ".co.uk"},
};

const char *const kBrandChars[][2] = {
    {"恒", "heng"}, {"通", "tong"},  {"华", "hua"},   {"鑫", "xin"},   {"瑞", "rui"},   {"达", "da"},
    {"宏", "hong"}, {"远", "yuan"},  {"信", "xin"},   {"泰", "tai"},   {"盛", "sheng"}, {"丰", "feng"},
    {"嘉", "jia"},  {"德", "de"},    {"永", "yong"},  {"昌", "chang"}, {"联", "lian"},  {"创", "chuang"},
    {"博", "bo"},   {"凯", "kai"},   {"佳", "jia"},   {"隆", "long"},  {"兴", "xing"},  {"安", "an"},
    {"和", "he"},   {"金", "jin"},   {"天", "tian"},  {"海", "hai"},   {"东", "dong"},  {"明", "ming"},
    {"光", "guang"}, {"正", "zheng"}, {"立", "li"},   {"汇", "hui"},   {"精", "jing"},  {"科", "ke"},
    {"宇", "yu"},   {"航", "hang"},  {"星", "xing"},  {"辰", "chen"},  {"润", "run"},   {"益", "yi"},
    {"森", "sen"},  {"源", "yuan"},  {"晟", "sheng"}, {"拓", "tuo"},   {"力", "li"},    {"诚", "cheng"},
    {"顺", "shun"}, {"峰", "feng"},  {"锦", "jin"},   {"旭", "xu"},    {"中", "zhong"}, {"美", "mei"},
    {"新", "xin"},  {"奥", "ao"},    {"捷", "jie"},   {"威", "wei"},   {"亿", "yi"},    {"众", "zhong"},
};

const char *const kFamous[] = {
    "中兴", "华润", "海信", "海天", "宇通", "中航", "华星", "恒力", "恒瑞", "光明", "中信", "顺丰", "海航",
    "东航", "中联", "联通", "中通", "中金", "华泰", "宏达", "中科", "信达", "中海", "华联", "天安", "新华",
    "安信", "金科", "美的", "中天", "华信", "德邦", "京东", "奥美", "力拓", "锦江", "海尔", "天海",
};

struct RawIndustry {
    const char *fragment, *labelCn, *labelEn, *word, *domain;
};

const RawIndustry kIndustries[] = {
    {"精密机械", "机械制造", "Machinery", "Precision", "mech"},
    {"自动化设备", "自动化", "Automation", "Automation", "auto"},
    {"电子科技", "电子电气", "Electronics", "Electronics", "tech"},
    {"新能源科技", "新能源", "New Energy", "Energy", "energy"},
    {"汽车零部件", "汽车零部件", "Automotive Parts", "Auto Parts", "autoparts"},
    {"包装机械", "包装", "Packaging", "Packaging", "pack"},
    {"医疗器械", "医疗器械", "Medical Devices", "Medical", "med"},
    {"环保设备", "环保", "Environmental", "Enviro Systems", "env"},
    {"智能装备", "智能制造", "Smart Manufacturing", "Robotics", "robot"},
    {"食品机械", "食品饮料", "Food & Beverage", "Food Machinery", "food"},
    {"塑胶制品", "塑料橡胶", "Plastics", "Plastics", "plastic"},
    {"电气设备", "电力电气", "Electrical Equipment", "Power Systems", "power"},
    {"纺织机械", "纺织", "Textiles", "Textile Machinery", "textile"},
    {"光电科技", "光电", "Optoelectronics", "Optics", "optics"},
    {"物流设备", "物流仓储", "Logistics Equipment", "Material Handling", "logistics"},
    {"化工", "化工", "Chemicals", "Chemicals", "chem"},
};

const char *const kCnSuffixes[] = {"有限公司", "有限公司", "有限公司", "有限公司", "有限公司",
                                   "有限公司", "股份有限公司", "股份有限公司", "制造有限公司", "集团有限公司"};

const char *const kEnHeads[] = {"North", "Blue", "Red", "Silver", "Iron", "Oak", "Stone", "River", "Lake",
                                "Clear", "Bright", "East", "West", "Green", "Gold", "Crest", "High", "Maple",
                                "Pine", "Star", "Sun", "Storm", "Cedar", "Ash", "Fair", "Glen", "Copper"};
const char *const kEnTails[] = {"wind", "stone", "field", "bridge", "gate", "wood", "brook", "ridge", "line",
                                "point", "view", "water", "haven", "ford", "vale", "peak", "light", "rock",
                                "way", "mont", "hill"};

const char *const kSurnames[][2] = {
    {"王", "wang"}, {"李", "li"},     {"张", "zhang"}, {"刘", "liu"},  {"陈", "chen"},  {"杨", "yang"},
    {"黄", "huang"}, {"赵", "zhao"},  {"吴", "wu"},    {"周", "zhou"}, {"徐", "xu"},    {"孙", "sun"},
    {"马", "ma"},   {"朱", "zhu"},    {"胡", "hu"},    {"郭", "guo"},  {"何", "he"},    {"高", "gao"},
    {"林", "lin"},  {"罗", "luo"},    {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"},  {"宋", "song"},
    {"唐", "tang"}, {"许", "xu"},     {"韩", "han"},   {"冯", "feng"}, {"邓", "deng"},  {"曹", "cao"},
    {"彭", "peng"}, {"曾", "zeng"},   {"肖", "xiao"},  {"田", "tian"}, {"董", "dong"},  {"袁", "yuan"},
    {"潘", "pan"},  {"蒋", "jiang"},  {"蔡", "cai"},   {"余", "yu"},   {"杜", "du"},    {"叶", "ye"},
    {"程", "cheng"}, {"苏", "su"},    {"魏", "wei"},   {"吕", "lv"},   {"丁", "ding"},  {"沈", "shen"},
};

const char *const kGivenNames[][2] = {
    {"伟", "wei"},       {"芳", "fang"},       {"娜", "na"},         {"敏", "min"},       {"静", "jing"},
    {"丽", "li"},        {"强", "qiang"},      {"磊", "lei"},        {"军", "jun"},       {"洋", "yang"},
    {"勇", "yong"},      {"艳", "yan"},        {"杰", "jie"},        {"娟", "juan"},      {"涛", "tao"},
    {"明", "ming"},      {"超", "chao"},       {"霞", "xia"},        {"平", "ping"},      {"刚", "gang"},
    {"辉", "hui"},       {"丹", "dan"},        {"鹏", "peng"},       {"琳", "lin"},       {"婷", "ting"},
    {"浩", "hao"},       {"宇", "yu"},         {"倩", "qian"},       {"欣", "xin"},       {"晨", "chen"},
    {"建国", "jianguo"}, {"志强", "zhiqiang"}, {"秀英", "xiuying"},  {"海燕", "haiyan"},  {"晓明", "xiaoming"},
    {"丽华", "lihua"},   {"文博", "wenbo"},    {"子涵", "zihan"},    {"俊杰", "junjie"},  {"雪梅", "xuemei"},
    {"国庆", "guoqing"}, {"春燕", "chunyan"},  {"建华", "jianhua"},  {"思远", "siyuan"},  {"佳怡", "jiayi"},
    {"志明", "zhiming"}, {"红梅", "hongmei"},  {"立新", "lixin"},    {"天宇", "tianyu"},  {"雨萱", "yuxuan"},
    {"明轩", "mingxuan"}, {"晓东", "xiaodong"}, {"美玲", "meiling"}, {"永刚", "yonggang"}, {"慧敏", "huimin"},
};

const char *const kEnFirst[] = {"Emily", "James",  "Olivia", "Michael", "Sophie", "Daniel", "Laura",  "David",
                                "Anna",  "Thomas", "Sarah",  "Robert",  "Hannah", "Peter",  "Grace",  "Lukas",
                                "Julia", "Mark",   "Chloe",  "Kevin",   "Maria",  "Jonas",  "Rachel", "Andrew",
                                "Lisa",  "Oliver", "Nina",   "Henry",   "Claire", "Victor", "Kenji",  "Mei"};
const char *const kEnLast[] = {"Carter", "Miller", "Schmidt", "Johnson", "Brown",  "Wilson",  "Taylor",
                               "Anderson", "Thompson", "Wagner", "Becker", "Clark", "Lewis", "Walker",
                               "Young", "King", "Wright", "Green", "Baker", "Hall", "Allen", "Turner",
                               "Parker", "Evans", "Collins", "Morgan", "Fischer", "Meyer", "Tan", "Lim",
                               "Nguyen", "Tanaka"};

const char *const kFreeMail[] = {"163.com", "qq.com", "126.com", "sina.com"};

const char *const kBuyerTitles[][2] = {
    {"采购经理", "Purchasing Manager"}, {"采购主管", "Procurement Supervisor"}, {"采购专员", "Buyer"},
    {"供应链经理", "Supply Chain Manager"}, {"采购总监", "Procurement Director"}, {"总经理", "General Manager"},
};
const char *const kOtherTitles[][2] = {
    {"技术总监", "Technical Director"}, {"设备部经理", "Maintenance Manager"},
    {"工程部经理", "Engineering Manager"}, {"电气工程师", "Electrical Engineer"},
    {"生产经理", "Production Manager"}, {"项目经理", "Project Manager"}, {"财务经理", "Finance Manager"},
    {"副总经理", "Deputy General Manager"}, {"质量经理", "Quality Manager"}, {"研发工程师", "R&D Engineer"},
};

const char *const kRoads[][2] = {
    {"星湖街", "Xinghu Street"},    {"张江路", "Zhangjiang Road"},   {"科技大道", "Keji Avenue"},
    {"中山路", "Zhongshan Road"},   {"人民路", "Renmin Road"},       {"建设路", "Jianshe Road"},
    {"创业路", "Chuangye Road"},    {"高新大道", "Gaoxin Avenue"},   {"工业大道", "Gongye Avenue"},
    {"长江路", "Changjiang Road"},  {"黄河路", "Huanghe Road"},      {"滨江大道", "Binjiang Avenue"},
    {"金桥路", "Jinqiao Road"},     {"东环路", "Donghuan Road"},     {"南湖路", "Nanhu Road"},
    {"学府路", "Xuefu Road"},       {"兴业路", "Xingye Road"},       {"松花江路", "Songhuajiang Road"},
};
const char *const kZones[][2] = {
    {"高新区", "High-tech Zone"},      {"经济技术开发区", "Economic Development Zone"},
    {"工业园区", "Industrial Park"},   {"科技园", "Science Park"},
    {"综合保税区", "Bonded Zone"},     {"新区", "New District"},
};

const char *const kTags[][2] = {
    {"重点客户", "key account"},  {"OEM", "OEM"},           {"经销商", "distributor"},
    {"终端用户", "end user"},     {"出口型", "exporter"},   {"上市公司", "listed company"},
    {"年度框架", "frame contract"}, {"价格敏感", "price sensitive"}, {"需技术支持", "needs engineering"},
    {"新客户", "new account"},
};

const char *const kCustomerNotes[][2] = {
    {"年底集中采购，需提前备货。", "Buys in bulk before year end; stock up early."},
    {"付款偏慢，注意信用额度。", "Pays late; watch the credit limit."},
    {"老板技术出身，重视方案细节。", "The owner is an engineer and reads the technical details."},
    {"只接受月结 60 天。", "Accepts only 60-day payment terms."},
    {"要求提供原厂证明和检测报告。", "Asks for certificates of origin and test reports."},
    {"竞品为进口品牌，价格是关键。", "Competes with imported brands; price decides."},
};

const char *const kContactNotes[][2] = {
    {"微信同号", "Same number on WeChat"},
    {"周一上午开会，别打电话", "In meetings on Monday mornings"},
    {"喜欢邮件沟通", "Prefers e-mail"},
    {"决策人", "Decision maker"},
};

const char *const kProjects[][2] = {
    {"产线自动化改造", "Line automation retrofit"}, {"二期扩产项目", "Phase II expansion"},
    {"伺服系统替换", "Servo replacement program"},  {"年度框架采购", "Annual frame agreement"},
    {"新工厂设备采购", "New plant equipment"},      {"包装线升级", "Packaging line upgrade"},
    {"备品备件采购", "Spare parts supply"},         {"变频节能改造", "VFD energy saving retrofit"},
    {"机器人工作站配套", "Robot cell components"},  {"检测设备升级", "Inspection station upgrade"},
};

const char *const kLostReasons[][2] = {
    {"价格高于竞品", "Price higher than the competitor"}, {"客户预算取消", "Customer budget cancelled"},
    {"交期无法满足", "Could not meet the delivery date"}, {"客户选择了进口品牌", "Customer chose an imported brand"},
    {"项目延期至明年", "Project postponed to next year"}, {"技术方案不符合要求", "Technical solution did not fit"},
    {"付款条件未谈拢", "No agreement on payment terms"},
};

const char *const kStageNames[][2] = {
    {"线索", "Lead"}, {"需求确认", "Qualified"}, {"方案报价", "Proposal"},
    {"商务谈判", "Negotiation"}, {"赢单", "Won"}, {"输单", "Lost"},
};

const char *const kVisits[][2] = {
    {"拜访客户，了解新产线需求", "Visit: requirements for the new line"}, {"现场调试支持", "On-site commissioning support"},
    {"年度业务回顾", "Annual business review"}, {"陪同工程师现场勘查", "Site survey with an application engineer"},
    {"新品推介拜访", "New product introduction visit"},
};
const char *const kCalls[][2] = {
    {"电话跟进报价", "Follow-up call on the quote"}, {"确认交货时间", "Confirm the delivery date"},
    {"沟通付款安排", "Call about the payment schedule"}, {"了解竞品报价", "Call about competitor pricing"},
    {"回访售后问题", "Follow-up on a service case"},
};
const char *const kMeetings[][2] = {
    {"技术交流会", "Technical workshop"}, {"方案评审会", "Solution review meeting"},
    {"商务谈判", "Commercial negotiation"}, {"季度采购计划沟通", "Quarterly purchasing plan meeting"},
};
const char *const kTasks[][2] = {
    {"准备报价单", "Prepare the quote"}, {"寄送样品", "Send samples"}, {"更新客户资料", "Update account details"},
    {"催收逾期货款", "Chase the overdue payment"}, {"安排产品培训", "Arrange product training"},
};
const char *const kNotes[][2] = {
    {"客户计划下季度扩产", "Customer plans to add capacity next quarter"},
    {"竞品报价低约 8%", "Competitor quoted about 8% lower"},
    {"采购负责人即将变更", "The purchasing contact is about to change"},
    {"客户对交期很敏感", "Customer is very sensitive to lead times"},
};
const char *const kEmails[][2] = {
    {"发送产品选型资料", "Sent the product selection guide"}, {"发送正式报价", "Sent the formal quote"},
    {"发送对账单", "Sent the statement of account"}, {"发送发货通知", "Sent the shipping notice"},
    {"发送合同草案", "Sent the draft contract"},
};
const char *const kBodies[][2] = {
    {"客户整体满意，希望下月前收到二期方案。", "Satisfied overall; wants the phase II proposal before next month."},
    {"对方关注伺服响应速度和售后响应时间。", "They care about servo response and our service response times."},
    {"需要提供 CE 和 RoHS 证书。", "CE and RoHS certificates are required."},
    {"预算已批，等待客户内部流程。", "Budget approved; waiting for their internal process."},
    {"对方希望账期从 30 天延长到 60 天。", "They want payment terms extended from 30 to 60 days."},
};

struct RawTopic {
    const char *subjectCn, *subjectEn, *detailCn, *detailEn, *queue;
};
const RawTopic kTopics[] = {
    {"伺服驱动器报警 AL.16", "Servo drive alarm AL.16 after power-up",
     "设备上电后驱动器报 AL.16，无法使能。", "The drive shows AL.16 after power-up and cannot be enabled.", "Repairs"},
    {"变频器运行中过热停机", "Inverter trips on overheating",
     "夏季车间温度高，变频器运行两小时后过热停机。", "The inverter trips after two hours in the hot workshop.", "Repairs"},
    {"编码器信号不稳定", "Unstable encoder signal", "定位偶尔偏差 0.5mm，怀疑编码器干扰。",
     "Positioning is sometimes 0.5 mm off; encoder noise suspected.", "Support"},
    {"PLC 与触摸屏通讯中断", "PLC loses the connection to the HMI", "每天随机断开数次，需重启恢复。",
     "The link drops a few times a day and needs a restart.", "Support"},
    {"到货少发 2 件", "Two items missing from the delivery", "装箱单与实物不符，少两件。",
     "The packing list does not match the goods; two items missing.", "Logistics"},
    {"外包装破损", "Damaged packaging on arrival", "收货时外箱破损，请确认内件是否完好。",
     "The outer box arrived damaged; please confirm the contents.", "Logistics"},
    {"发票抬头需要更正", "Invoice addressee needs correction", "发票抬头缺少“有限公司”，需重开。",
     "The company name on the invoice is incomplete; please reissue.", "Billing"},
    {"申请延长质保", "Request for a warranty extension", "项目验收推迟，希望质保期顺延半年。",
     "Acceptance was delayed; they ask for six more months of warranty.", "Support"},
    {"参数备份与恢复指导", "Help backing up drive parameters", "需要远程指导参数备份和恢复。",
     "They need remote help to back up and restore parameters.", "Support"},
    {"电磁阀漏气", "Solenoid valve leaking", "新装电磁阀排气口持续漏气。",
     "A newly installed valve leaks at the exhaust port.", "Repairs"},
};

const char *const kReplies[][2] = {
    {"您好，已收到，工程师今天会联系您。", "Hello, we received your request; an engineer will call you today."},
    {"请提供铭牌照片和报警截图。", "Please send a photo of the nameplate and of the alarm screen."},
    {"备件已安排顺丰发出，请注意查收。", "The spare part has been sent by SF Express."},
    {"问题已处理，如仍有异常请回复本邮件。", "Fixed on our side; reply to this mail if anything is still wrong."},
};
const char *const kComments[][2] = {
    {"疑似电源电压波动，需现场确认。", "Probably supply voltage fluctuation; check on site."},
    {"重点客户，优先处理。", "Key account; handle first."},
    {"已与仓库核对发货记录。", "Checked the shipping record with the warehouse."},
    {"已申请备件，预计两天到。", "Spare part requested; expected in two days."},
};

const char *const kApprovalYes[][2] = {
    {"同意。", "Approved."}, {"同意，注意回款周期。", "Approved; watch the payment terms."},
    {"价格可以接受。", "The price is acceptable."}, {"战略客户，同意特价。", "Strategic account; special price approved."},
};
const char *const kApprovalNo[][2] = {
    {"折扣过高，毛利不足。", "Discount too high; margin too low."},
    {"请重新核算成本后再提交。", "Recalculate the cost and submit again."},
    {"客户有逾期款，暂不批准。", "The customer has overdue payments; not now."},
};
const char *const kOtherApprovals[][2] = {
    {"样品免费申请", "Free samples"}, {"延长账期申请", "Extended payment terms"},
    {"展会费用申请", "Trade fair expenses"},
};

struct RawFamily {
    const char *prefix, *name, *category, *unit, *specs;
    int priceMin, priceMax, qtyMin, qtyMax;
};

// An industrial automation distributor's catalogue. specs are '|'-separated variants.
const RawFamily kFamilies[] = {
    {"SVM", "交流伺服电机 AC Servo Motor", "伺服系统 Servo", "pcs",
     "100W 220V IP65|200W 220V IP65|400W 220V IP65|750W 220V IP65|1kW 380V IP67|2kW 380V IP67|3kW 380V IP67",
     900, 6800, 1, 12},
    {"SVD", "伺服驱动器 Servo Drive", "伺服系统 Servo", "pcs",
     "400W 220V EtherCAT|750W 220V EtherCAT|1kW 380V CANopen|2kW 380V Pulse|400W 220V Pulse", 1100, 7200, 1, 12},
    {"INV", "变频器 Frequency Inverter", "变频器 Drives", "pcs",
     "0.75kW 380V IP20|2.2kW 380V IP20|4kW 380V IP20|7.5kW 380V IP20|15kW 380V IP54|22kW 380V IP54", 650, 9800,
     1, 10},
    {"PLC", "PLC 控制器 PLC Controller", "控制器 Controllers", "pcs",
     "14DI/10DO 24VDC Ethernet|24DI/16DO 24VDC Ethernet|32DI/32DO 24VDC PROFINET|CPU 8AI/4AO", 1500, 8800, 1, 6},
    {"HMI", "触摸屏 HMI Touch Panel", "控制器 Controllers", "pcs",
     "7\" 800x480 24VDC|10.1\" 1024x600 24VDC|15\" 1024x768 24VDC", 900, 5200, 1, 6},
    {"PES", "光电传感器 Photoelectric Sensor", "传感器 Sensors", "pcs",
     "Diffuse 300mm NPN IP67|Diffuse 300mm PNP IP67|Retro-reflective 4m PNP IP67|Through-beam 15m NPN IP67", 85,
     480, 5, 120},
    {"PRX", "电感式接近开关 Inductive Proximity Switch", "传感器 Sensors", "pcs",
     "M8 2mm PNP IP67|M12 4mm PNP IP67|M18 8mm NPN IP67|M30 15mm PNP IP68", 45, 260, 10, 200},
    {"GBX", "行星减速机 Planetary Gearbox", "传动 Motion", "pcs",
     "60mm 1:5 8arcmin|60mm 1:10 8arcmin|90mm 1:10 5arcmin|120mm 1:20 5arcmin", 800, 4200, 1, 10},
    {"LGR", "直线导轨 Linear Guide Rail", "传动 Motion", "pcs",
     "HGR15 600mm|HGR20 1000mm|HGR25 1500mm|HGR30 2000mm", 180, 1600, 2, 40},
    {"PSU", "开关电源 Switching Power Supply", "电源 Power", "pcs",
     "24VDC 2.5A 60W|24VDC 5A 120W|24VDC 10A 240W|24VDC 20A 480W", 90, 980, 2, 50},
    {"RLY", "中间继电器 Relay", "电气元件 Electrical", "box",
     "24VDC 2CO 5A x10|230VAC 2CO 5A x10|24VDC 4CO 3A x10", 120, 420, 2, 60},
    {"CYL", "标准气缸 Pneumatic Cylinder", "气动 Pneumatics", "pcs",
     "32x100 0.1-0.9MPa|40x150 0.1-0.9MPa|50x200 0.1-0.9MPa|63x250 0.1-1.0MPa", 160, 980, 2, 40},
    {"SOL", "电磁阀 Solenoid Valve", "气动 Pneumatics", "pcs",
     "5/2 24VDC G1/8|5/2 24VDC G1/4|5/3 24VDC G1/4|3/2 220VAC G1/4", 95, 620, 4, 80},
    {"ENC", "增量编码器 Rotary Encoder", "传感器 Sensors", "pcs",
     "1000ppr 5VDC 8mm|2500ppr 5VDC 8mm|1024ppr 24VDC 10mm", 260, 1350, 1, 30},
    {"SWT", "工业以太网交换机 Industrial Ethernet Switch", "网络 Networking", "pcs",
     "5-port 100M DIN 24VDC|8-port 100M DIN 24VDC|8-port 1000M managed", 380, 3600, 1, 12},
    {"CBL", "屏蔽控制电缆 Shielded Control Cable", "线缆 Cables", "m",
     "4x0.75mm2 300/500V|7x0.75mm2 300/500V|12x1.0mm2 300/500V|4x1.5mm2 PUR drag chain", 6, 38, 50, 800},
    {"MCB", "小型断路器 Miniature Circuit Breaker", "电气元件 Electrical", "pcs",
     "C16 1P 6kA|C20 2P 6kA|C32 3P 6kA|D40 3P 10kA", 28, 260, 10, 150},
    {"SCS", "伺服电缆套件 Servo Cable Set", "线缆 Cables", "set", "3m IP67|5m IP67|10m IP67|15m drag chain", 160,
     720, 1, 24},
};

const char *const kMobilePrefixes[] = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151",
                                       "152", "158", "159", "177", "180", "186", "187", "188", "189", "199"};

Vocabulary build()
{
    Vocabulary v;
    v.regions = words(kRegions);
    v.regionWeights = {40, 25, 12, 9, 7, 3, 4};
    v.overseasRegion = word("海外", "Overseas");
    const Word china = word("中国", "China");
    for (const RawCity &c : kCities) {
        City city;
        city.name = word(c.cn, c.en);
        city.province = word(c.provinceCn, c.provinceEn);
        city.country = china;
        city.region = c.region;
        city.officePattern = QStringLiteral("+86 %1 @###-####").arg(QString::fromLatin1(c.area));
        city.postalPattern = QString::fromLatin1(c.postal) + QStringLiteral("###");
        v.cities.push_back(city);
    }
    for (const RawAbroad &a : kAbroad) {
        City city;
        city.name = word(a.cn, a.en);
        city.province = word(a.provinceCn, a.provinceEn);
        city.country = word(a.countryCn, a.countryEn);
        city.officePattern = QString::fromLatin1(a.office);
        city.mobilePattern = QString::fromLatin1(a.mobile);
        city.postalPattern = QString::fromLatin1(a.postal);
        city.street = QString::fromLatin1(a.street);
        city.companySuffix = QString::fromLatin1(a.suffix);
        city.domainSuffix = QString::fromLatin1(a.domain);
        v.abroad.push_back(city);
    }
    v.brandChars = words(kBrandChars);
    v.famousBrands = list(kFamous);
    for (const RawIndustry &i : kIndustries)
        v.industries.push_back({QString::fromUtf8(i.fragment), word(i.labelCn, i.labelEn),
                                QString::fromLatin1(i.word), QString::fromLatin1(i.domain)});
    v.cnSuffixes = list(kCnSuffixes);
    v.enHeads = list(kEnHeads);
    v.enTails = list(kEnTails);
    v.surnames = words(kSurnames);
    v.givenNames = words(kGivenNames);
    v.enFirstNames = list(kEnFirst);
    v.enLastNames = list(kEnLast);
    v.freeMailDomains = list(kFreeMail);
    v.buyerTitles = words(kBuyerTitles);
    v.otherTitles = words(kOtherTitles);
    v.roads = words(kRoads);
    v.zones = words(kZones);
    v.tags = words(kTags);
    v.customerNotes = words(kCustomerNotes);
    v.contactNotes = words(kContactNotes);
    v.projects = words(kProjects);
    v.lostReasons = words(kLostReasons);
    v.stageNames = words(kStageNames);
    v.activitySubjects[Visit] = words(kVisits);
    v.activitySubjects[Call] = words(kCalls);
    v.activitySubjects[Meeting] = words(kMeetings);
    v.activitySubjects[Task] = words(kTasks);
    v.activitySubjects[Note] = words(kNotes);
    v.activitySubjects[Email] = words(kEmails);
    v.activityBodies = words(kBodies);
    for (const RawTopic &t : kTopics)
        v.ticketTopics.push_back({word(t.subjectCn, t.subjectEn), word(t.detailCn, t.detailEn),
                                  QString::fromLatin1(t.queue)});
    v.ticketReplies = words(kReplies);
    v.ticketComments = words(kComments);
    v.approvalYes = words(kApprovalYes);
    v.approvalNo = words(kApprovalNo);
    v.withdrawnComment = word("申请人已撤回", "Withdrawn by the requester");
    v.otherApprovals = words(kOtherApprovals);
    for (const RawFamily &f : kFamilies) {
        ProductFamily p;
        p.prefix = QString::fromLatin1(f.prefix);
        p.name = QString::fromUtf8(f.name);
        p.category = QString::fromUtf8(f.category);
        p.unit = QString::fromLatin1(f.unit);
        p.specs = QString::fromUtf8(f.specs).split(QLatin1Char('|'));
        p.priceMin = f.priceMin;
        p.priceMax = f.priceMax;
        p.qtyMin = f.qtyMin;
        p.qtyMax = f.qtyMax;
        v.products.push_back(p);
    }
    v.carriers = {
        {QString::fromUtf8("顺丰速运"), QStringLiteral("SF#############"), false},
        {QString::fromUtf8("顺丰速运"), QStringLiteral("SF#############"), false},
        {QString::fromUtf8("京东物流"), QStringLiteral("JDVA###########"), false},
        {QString::fromUtf8("德邦物流"), QStringLiteral("DPK############"), false},
        {QString::fromUtf8("跨越速运"), QStringLiteral("KY###########"), false},
        {QStringLiteral("DHL"), QStringLiteral("##########"), true},
        {QStringLiteral("FedEx"), QStringLiteral("############"), true},
    };
    v.mobilePrefixes = list(kMobilePrefixes);
    v.reps = {QStringLiteral("wang.fang"), QStringLiteral("li.wei"),    QStringLiteral("chen.jing"),
              QStringLiteral("zhang.lei"), QStringLiteral("liu.yang"), QStringLiteral("emily.carter")};
    v.managers = {QStringLiteral("zhou.min"), QStringLiteral("sun.li"), QStringLiteral("he.jun")};
    v.supportStaff = {QStringLiteral("zhao.lei"), QStringLiteral("qian.yun"), QStringLiteral("xu.hao")};
    return v;
}

} // namespace

const Vocabulary &vocabulary()
{
    static const Vocabulary v = build();
    return v;
}

} // namespace sb::demo
