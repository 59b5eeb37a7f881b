<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>… %1%</source>
        <translation>… %1%</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>created %1, updated %2, unchanged %3, contacts created %4, rejected %5</source>
        <translation>新建 %1，更新 %2，未变 %3，新建联系人 %4，拒绝 %5</translation>
    </message>
    <message>
        <source>Unknown list &quot;%1&quot;: use customers, contacts, orders or products.</source>
        <translation>未知列表“%1”：请使用 customers、contacts、orders 或 products。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>已将 %1 行写入 %2</translation>
    </message>
    <message>
        <source>… %1 of %2 records</source>
        <translation>… %1 / %2 条记录</translation>
    </message>
    <message>
        <source>The demo workspace could not be created: %1</source>
        <translation>无法创建演示工作区：%1</translation>
    </message>
    <message>
        <source>%1 records written in %2 s</source>
        <translation>已写入 %1 条记录，用时 %2 秒</translation>
    </message>
    <message>
        <source>SalesBridge command line</source>
        <translation>SalesBridge 命令行</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Customers in the demo workspace.</source>
        <translation>演示工作区中的客户数量。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>--demo-size must be a positive number.</source>
        <translation>--demo-size 必须是正数。</translation>
    </message>
    <message>
        <source>The workspace already holds data; demo data goes only into an empty workspace.</source>
        <translation>工作区中已有数据；演示数据只能写入空工作区。</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>sync, connect: read the server password from standard input (else it comes from the OS keychain).</source>
        <translation>sync、connect：从标准输入读取服务器密码（否则从系统钥匙串读取）。</translation>
    </message>
    <message>
        <source>No server is configured for this workspace. Add one with: salesbridge connect tryton URL DATABASE USER</source>
        <translation>此工作区尚未配置服务器。可用以下命令添加：salesbridge connect tryton 网址 数据库 用户</translation>
    </message>
    <message>
        <source>Sent %1, refused %2, retry later %3, received %4, deleted %5, conflicts %6 in %7 s</source>
        <translation>已发送 %1，被拒绝 %2，稍后重试 %3，已接收 %4，已删除 %5，冲突 %6，用时 %7 秒</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Could not log in: %1</source>
        <translation>无法登录：%1</translation>
    </message>
    <message>
        <source>The server was saved, but the password could not be stored in the keychain: %1</source>
        <translation>服务器已保存，但密码无法存入钥匙串：%1</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1：%2，地址 %3</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) as %3: %4</source>
        <translation>已连接 %1（%2），用户 %3：%4</translation>
    </message>
    <message>
        <source>Usage: salesbridge route ENTITY|ENTITY.COMMAND SYSTEM|- [--workspace PATH]</source>
        <translation>用法：salesbridge route 实体|实体.命令 系统|- [--workspace 路径]</translation>
    </message>
    <message>
        <source>%1: no owner rule</source>
        <translation>%1：未设归属规则</translation>
    </message>
    <message>
        <source>%1 now goes to %2</source>
        <translation>%1 今后交给 %2</translation>
    </message>
    <message>
        <source>pending %1, failed %2, conflicts %3, kept on this computer %4</source>
        <translation>待发送 %1，被拒 %2，冲突 %3，仅保存在本机 %4</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>%1: last sync %2, last success %3, %4</source>
        <translation>%1：上次同步 %2，上次成功 %3，%4</translation>
    </message>
    <message>
        <source>configuration: %1</source>
        <translation>配置问题：%1</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 项被拒</translation>
    </message>
    <message>
        <source>%1 in conflict</source>
        <translation>%1 项有冲突</translation>
    </message>
    <message>
        <source>%1 held behind a conflict or a refused change of the same record</source>
        <translation>%1 项因同一记录的冲突或被拒绝的更改而暂停发送</translation>
    </message>
    <message>
        <source>%1 to retry</source>
        <translation>%1 项待重试</translation>
    </message>
    <message>
        <source>%1 not sent yet</source>
        <translation>%1 项尚未发送</translation>
    </message>
    <message>
        <source>Left: nothing, everything went through.</source>
        <translation>剩余：无，全部已同步。</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>剩余：%1</translation>
    </message>
    <message>
        <source>No kind of server takes &quot;%1&quot; as &quot;%2&quot;. Known: %3; systems: %4.</source>
        <translation>没有哪类服务器以“%2”的身份处理“%1”。可用项：%3；系统：%4。</translation>
    </message>
    <message>
        <source>line %1: would create %2</source>
        <translation>第 %1 行：将新建 %2</translation>
    </message>
    <message>
        <source>line %1: would update %2 (%3)</source>
        <translation>第 %1 行：将更新 %2（%3）</translation>
    </message>
    <message>
        <source>Dry run, nothing written: would create %1, update %2, leave %3 unchanged, create %4 contacts; %5 rejected</source>
        <translation>试运行，未写入任何数据：将新建 %1 条，更新 %2 条，%3 条不变，新建联系人 %4 个；拒绝 %5 条</translation>
    </message>
    <message>
        <source>import: check every row and say what would be created, updated or rejected, without writing anything.</source>
        <translation>import：逐行检查并说明将新建、更新或拒绝哪些记录，不写入任何数据。</translation>
    </message>
    <message>
        <source>Usage: salesbridge %1 customers|contacts FILE [--workspace PATH] [--dry-run]</source>
        <translation>用法：salesbridge %1 customers|contacts 文件 [--workspace 路径] [--dry-run]</translation>
    </message>
    <message>
        <source>sync: also check which records still exist on the servers (finds records deleted there outright; runs daily by itself).</source>
        <translation>sync：同时检查哪些记录仍在服务器上（找出在服务器上被直接删除的记录；每天会自动运行一次）。</translation>
    </message>
    <message>
        <source>The check for deleted records did not finish; the next sync checks again.</source>
        <translation>已删除记录的检查未完成；下次同步时会再检查。</translation>
    </message>
    <message>
        <source>Checked for deleted records: %1 records in %2 s, %3 removed</source>
        <translation>已检查已删除的记录：%1 条记录，用时 %2 秒，移除 %3 条</translation>
    </message>
    <message>
        <source>connect: accept a plain http:// address of another computer (the password would travel unencrypted).</source>
        <translation>connect：接受指向其他计算机的明文 http:// 地址（密码将以未加密方式传输）。</translation>
    </message>
    <message>
        <source>Warning: the password and every record synced travel unencrypted to %1 (plain http, confirmed with --allow-plain-http).</source>
        <translation>警告：密码和同步的每条记录都将以未加密方式传输到 %1（明文 http，已用 --allow-plain-http 确认）。</translation>
    </message>
    <message>
        <source>To connect without encryption anyway, add --allow-plain-http.</source>
        <translation>如仍要不加密连接，请加上 --allow-plain-http。</translation>
    </message>
    <message>
        <source>The workspace %1 is sound; nothing to recover.</source>
        <translation>工作区 %1 完好，无需恢复。</translation>
    </message>
    <message>
        <source>import customers|contacts FILE, export customers|contacts|orders|products FILE, demo, status, sync, connect, route, check or recover</source>
        <translation>import customers|contacts 文件、export customers|contacts|orders|products 文件、demo、status、sync、connect、route、check 或 recover</translation>
    </message>
    <message>
        <source>Run &quot;salesbridge recover&quot; (with the same --workspace) to keep a copy of it and start a fresh workspace that syncs again from the servers.</source>
        <translation>运行“salesbridge recover”（使用相同的 --workspace）可保留它的副本，并新建一个从服务器重新同步的工作区。</translation>
    </message>
    <message>
        <source>The workspace %1 is sound (%2 in %3 ms).</source>
        <translation>工作区 %1 完好（%2，用时 %3 毫秒）。</translation>
    </message>
</context>
<context>
    <name>ListModels</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总金额</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>待付金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预计库存</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Orders (12 mo.)</source>
        <translation>订单（近 12 个月）</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>加入队列</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Open deals among these (won and lost left out): %1</source>
        <translation>其中进行中的商机（不含赢单和输单）：%1</translation>
    </message>
    <message>
        <source>Total of these quotes: %1</source>
        <translation>这些报价合计：%1</translation>
    </message>
    <message>
        <source>Revenue of these orders (drafts and cancelled ones left out): %1</source>
        <translation>这些订单的收入（不含草稿和已取消订单）：%1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（截止 %2）</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
</context>
<context>
    <name>SyncLists</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Whole record (deleted on the server)</source>
        <translation>整条记录（已在服务器上删除）</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>同步前</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的（本机）</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>服务器的</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>This change is no longer waiting for a retry.</source>
        <translation>此更改已不在等待重试。</translation>
    </message>
    <message>
        <source>Why it stays here</source>
        <translation>保留原因</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>No server for %1 is set up yet: kept on this computer, sent once one is.</source>
        <translation>尚未设置处理%1的服务器：暂存于本机，设置后即发送。</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Kept on this computer: no server for it is set up yet, sent once one is</source>
        <translation>暂存于本机：尚未设置处理它的服务器，设置后即发送</translation>
    </message>
</context>
<context>
    <name>SystemStatusModel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>上次成功</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>A (key account)</source>
        <translation>A（重点客户）</translation>
    </message>
    <message>
        <source>B (important)</source>
        <translation>B（重要客户）</translation>
    </message>
    <message>
        <source>C (regular)</source>
        <translation>C（普通客户）</translation>
    </message>
    <message>
        <source>D (occasional)</source>
        <translation>D（零星客户）</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>客户已接受</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已拣货</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Not shipped</source>
        <translation>未发货</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Shipping problem</source>
        <translation>发货异常</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>未开票</translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation>待开票</translation>
    </message>
    <message>
        <source>Invoiced, unpaid</source>
        <translation>已开票，未付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Invoicing problem</source>
        <translation>开票异常</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已开具</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Special discount</source>
        <translation>特殊折扣</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Sales office</source>
        <translation>销售内勤</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Stock level</source>
        <translation>库存量</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>报价明细</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Service ticket</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>Ticket comment</source>
        <translation>工单评论</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval revoked</source>
        <translation>审批已撤销</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公地址</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Sent to customer</source>
        <translation>已发给客户</translation>
    </message>
    <message>
        <source>New, not synced yet</source>
        <translation>新建，尚未同步</translation>
    </message>
    <message>
        <source>Changed, not synced yet</source>
        <translation>已修改，尚未同步</translation>
    </message>
    <message>
        <source>Deleted, not synced yet</source>
        <translation>已删除，尚未同步</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>正在准备演示工作区…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>SalesBridge</source>
        <translation>SalesBridge</translation>
    </message>
    <message>
        <source>The demo workspace could not be created: %1</source>
        <translation>无法创建演示工作区：%1</translation>
    </message>
</context>
<context>
    <name>sb::ActivityDialog</name>
    <message>
        <source>D&amp;ue</source>
        <translation>截止(&amp;U)</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>What was said, who was there…</source>
        <translation>谈了什么、谁在场……</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>取得了什么结果</translation>
    </message>
    <message>
        <source>e.g. send the revised quote</source>
        <translation>例如：发送修改后的报价</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>下一步(&amp;X)：</translation>
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation>商机(&amp;P)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>sb::ActivityStateBar</name>
    <message>
        <source>On track: %1
Next activity overdue: %2
No activity planned: %3</source>
        <translation>进展正常：%1
下一项活动已逾期：%2
未安排活动：%3</translation>
    </message>
</context>
<context>
    <name>sb::ActivityStore</name>
    <message>
        <source>Unknown activity type &quot;%1&quot;.</source>
        <translation>未知的活动类型“%1”。</translation>
    </message>
    <message>
        <source>Give the activity a subject.</source>
        <translation>请填写活动主题。</translation>
    </message>
    <message>
        <source>Give the activity a date and time.</source>
        <translation>请填写活动的日期和时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>Say what the next step is, or clear its due date.</source>
        <translation>请填写下一步要做什么，或清除其截止日期。</translation>
    </message>
    <message>
        <source>The next step&apos;s due date</source>
        <translation>下一步的截止日期</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>The contact is not one of this customer&apos;s.</source>
        <translation>该联系人不属于此客户。</translation>
    </message>
    <message>
        <source>The opportunity is not one of this customer&apos;s.</source>
        <translation>该商机不属于此客户。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time.</source>
        <translation>“%1”不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>The activity cannot end before it starts.</source>
        <translation>活动的结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>A reminder is between 0 minutes and 4 weeks before the start.</source>
        <translation>提醒时间须在开始前 0 分钟到 4 周之间。</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>未知时区“%1”。</translation>
    </message>
    <message>
        <source>The list of attendees cannot be read.</source>
        <translation>无法读取参与人列表。</translation>
    </message>
</context>
<context>
    <name>sb::AddressDialog</name>
    <message>
        <source>De&amp;fault address of its kind</source>
        <translation>设为该类型的默认地址(&amp;F)</translation>
    </message>
    <message>
        <source>Edit address</source>
        <translation>编辑地址</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>新建地址</translation>
    </message>
    <message>
        <source>Orders and invoices take the default address of the kind they need; marking this one clears the mark on the customer&apos;s other addresses of the same kind.</source>
        <translation>订单和发票使用所需类型的默认地址；勾选此项会取消该客户同类型其他地址的默认标记。</translation>
    </message>
    <message>
        <source>e.g. CN</source>
        <translation>例如 CN</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>街道(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>省份(&amp;P)：</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>邮编(&amp;C)：</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>国家(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>sb::AddressStore</name>
    <message>
        <source>Unknown kind of address &quot;%1&quot;.</source>
        <translation>未知的地址类型“%1”。</translation>
    </message>
    <message>
        <source>An address needs a street or a city.</source>
        <translation>地址至少需要填写街道或城市。</translation>
    </message>
</context>
<context>
    <name>sb::AddressesPanel</name>
    <message>
        <source>&amp;New address…</source>
        <translation>新建地址(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>The address was saved.</source>
        <translation>地址已保存。</translation>
    </message>
    <message>
        <source>The address was added.</source>
        <translation>地址已添加。</translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>删除地址</translation>
    </message>
    <message>
        <source>Delete this address? The deletion is sent with the next sync; until then it can be undone in Pending changes.</source>
        <translation>删除此地址？删除将在下次同步时发送；在此之前可在“待发送更改”中撤销。</translation>
    </message>
    <message>
        <source>The address was deleted; the deletion goes with the next sync.</source>
        <translation>地址已删除；删除将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Delete the selected address</source>
        <translation>删除所选地址</translation>
    </message>
</context>
<context>
    <name>sb::ApprovalDetail</name>
    <message>
        <source>Select a request to see what decides it.</source>
        <translation>选择一条申请，查看审批依据。</translation>
    </message>
    <message>
        <source>Open quote</source>
        <translation>打开报价单</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Orders, last 12 months</source>
        <translation>近 12 个月订单</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>近 12 个月销售额</translation>
    </message>
    <message>
        <source>Open service tickets</source>
        <translation>未结服务工单</translation>
    </message>
    <message>
        <source>Rejected before</source>
        <translation>曾被驳回</translation>
    </message>
    <message>
        <source>requested by %1 %2</source>
        <translation>申请人 %1（%2）</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>成本未知</translation>
    </message>
    <message>
        <source>Below %1%</source>
        <translation>低于 %1%</translation>
    </message>
    <message numerus="yes">
        <source>Quote %1: %n line(s)</source>
        <translation>
            <numerusform>报价单 %1：%n 条明细</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval steps</source>
        <translation>审批步骤</translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation>尚无审批记录。</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Approval step</source>
        <translation>审批节点</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>等待 %1 处理</translation>
    </message>
    <message>
        <source>waiting at %1 for %2</source>
        <translation>在“%1”等待 %2 处理</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>由 %1 处理</translation>
    </message>
    <message>
        <source>Lines of the request</source>
        <translation>申请中的明细</translation>
    </message>
    <message>
        <source>Quote %1: lines of the request</source>
        <translation>报价单 %1：申请中的明细</translation>
    </message>
    <message>
        <source>Your decision to approve was refused.
%1
The request is now: %2.</source>
        <translation>您的同意意见被拒绝。
%1
该申请当前状态：%2。</translation>
    </message>
    <message>
        <source>Your decision to reject was refused.
%1
The request is now: %2.</source>
        <translation>您的驳回意见被拒绝。
%1
该申请当前状态：%2。</translation>
    </message>
    <message>
        <source>The change made here was refused.
%1
The request is now: %2.</source>
        <translation>在本机所做的更改被拒绝。
%1
该申请当前状态：%2。</translation>
    </message>
    <message>
        <source>Your decision (approve) waits to be sent: it reaches the OA system with the next sync.</source>
        <translation>您的审批意见（同意）等待发送：下次同步时送达 OA 系统。</translation>
    </message>
    <message>
        <source>Your decision (reject) waits to be sent: it reaches the OA system with the next sync.</source>
        <translation>您的审批意见（驳回）等待发送：下次同步时送达 OA 系统。</translation>
    </message>
    <message>
        <source>The withdrawal of this request waits to be sent with the next sync.</source>
        <translation>此申请的撤回将在下次同步时发送。</translation>
    </message>
    <message>
        <source>A change of this request waits to be sent with the next sync.</source>
        <translation>此申请的一项更改将在下次同步时发送。</translation>
    </message>
</context>
<context>
    <name>sb::ApprovalFacts</name>
    <message>
        <source>This approval request is no longer in the workspace.</source>
        <translation>该审批申请已不在工作区中。</translation>
    </message>
</context>
<context>
    <name>sb::ApprovalInboxView</name>
    <message>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>Comment for the requester (required to reject)</source>
        <translation>给申请人的意见（驳回时必填）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Approve every pending request selected in the list, with the comment above</source>
        <translation>批准列表中选中的所有待审批申请，并附上方填写的意见</translation>
    </message>
    <message>
        <source>Requests are decided by a sales manager; you see them here read-only.</source>
        <translation>申请由销售经理审批；您在此处只能查看。</translation>
    </message>
    <message numerus="yes">
        <source>Approve selected (%n)</source>
        <translation>
            <numerusform>批准所选（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>已批准：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已驳回：%1</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n request(s).</source>
        <translation>
            <numerusform>已批准 %n 条申请。</numerusform>
        </translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <source>Approve the request (%1)</source>
        <translation>同意该申请（%1）</translation>
    </message>
    <message>
        <source>Reject the request, with a comment (%1)</source>
        <translation>驳回该申请并填写意见（%1）</translation>
    </message>
    <message>
        <source>Approve the request</source>
        <translation>批准该申请</translation>
    </message>
    <message>
        <source>Reject the request, with a comment</source>
        <translation>驳回该申请并附意见</translation>
    </message>
</context>
<context>
    <name>sb::ApprovalNotifier</name>
    <message>
        <source>An approval request waits for you</source>
        <translation>有一个审批申请等待您处理</translation>
    </message>
    <message>
        <source>%1, %2, from %3</source>
        <translation>%1，%2，申请人 %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n approval request(s) wait for you</source>
        <translation>
            <numerusform>%n 个审批申请等待您处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>已批准：%1</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>已由 %1 批准。</translation>
    </message>
    <message>
        <source>Approved by %1: “%2”</source>
        <translation>已由 %1 批准：“%2”</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已驳回：%1</translation>
    </message>
    <message>
        <source>Rejected by %1.</source>
        <translation>已由 %1 驳回。</translation>
    </message>
    <message>
        <source>Rejected by %1: “%2”</source>
        <translation>已由 %1 驳回：“%2”</translation>
    </message>
    <message>
        <source>Approval revoked: %1</source>
        <translation>审批已撤销：%1</translation>
    </message>
    <message>
        <source>The quote needs a new approval before it can become an order.</source>
        <translation>该报价单需要重新审批后才能生成订单。</translation>
    </message>
</context>
<context>
    <name>sb::AttachmentOpener</name>
    <message>
        <source>&quot;%1&quot; cannot be opened: the server has not listed it yet. Try again after the next sync.</source>
        <translation>无法打开“%1”：服务器尚未列出该文件。请在下次同步后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened here: no after-sales server is set up, so attached files are only listed.</source>
        <translation>无法在此打开“%1”：尚未设置售后服务器，附件只能列出。</translation>
    </message>
    <message>
        <source>Another file is still downloading; wait for it or cancel it first.</source>
        <translation>另一个文件仍在下载；请等待其完成或先取消。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be downloaded now.</source>
        <translation>现在无法下载“%1”。</translation>
    </message>
    <message>
        <source>Downloading &quot;%1&quot; (%2)…</source>
        <translation>正在下载“%1”（%2）…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>The download of &quot;%1&quot; was cancelled.</source>
        <translation>已取消下载“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be downloaded: %2</source>
        <translation>无法下载“%1”：%2</translation>
    </message>
    <message>
        <source>File too large to open here</source>
        <translation>文件过大，无法在此打开</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; files up to %3 open here.</source>
        <translation>“%1”大小为 %2；此处只能打开不超过 %3 的文件。</translation>
    </message>
    <message>
        <source>Open the ticket in the service desk&apos;s web pages to get it.</source>
        <translation>请在服务台网页中打开该工单获取此文件。</translation>
    </message>
    <message>
        <source>Open ticket on the server</source>
        <translation>在服务器上打开工单</translation>
    </message>
    <message>
        <source>The limit is set in the settings (service/attachmentLimitMb).</source>
        <translation>该限制可在设置中修改（service/attachmentLimitMb）。</translation>
    </message>
    <message>
        <source>The ticket&apos;s page could not be opened: %1</source>
        <translation>无法打开工单页面：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved: the folder %2 cannot be created.</source>
        <translation>无法保存“%1”：无法创建文件夹 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved to %2: %3</source>
        <translation>无法将“%1”保存到 %2：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved to %2, but no program opened it.</source>
        <translation>“%1”已保存到 %2，但没有程序打开它。</translation>
    </message>
</context>
<context>
    <name>sb::BulkWriter</name>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 没有字段 %2。</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>工作区未打开。</translation>
    </message>
</context>
<context>
    <name>sb::CalendarItemsModel</name>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n 位参与人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>任务到期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>sb::CalendarView</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一周(&amp;P)</translation>
    </message>
    <message>
        <source>The week before (Page Up in the calendar)</source>
        <translation>上一周（在日历中按 Page Up）</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>今天(&amp;O)</translation>
    </message>
    <message>
        <source>This week (Home in the calendar)</source>
        <translation>本周（在日历中按 Home）</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一周(&amp;N) ▶</translation>
    </message>
    <message>
        <source>The week after (Page Down in the calendar)</source>
        <translation>下一周（在日历中按 Page Down）</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>安排(&amp;S)…</translation>
    </message>
    <message>
        <source>Schedule a meeting at the selected half hour (Ctrl+N, or Enter on an empty slot)</source>
        <translation>在所选的半小时时段安排会议（Ctrl+N，或在空白时段按 Enter）</translation>
    </message>
    <message>
        <source>My calendar</source>
        <translation>我的日历</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <source>%1 – %2 · week %3</source>
        <translation>%1 – %2 · 第 %3 周</translation>
    </message>
    <message>
        <source>This week holds more than %1 items; the first %1 are shown. &quot;My calendar&quot; shows only yours.</source>
        <translation>本周有超过 %1 项日程，仅显示前 %1 项。“我的日历”只显示您自己的日程。</translation>
    </message>
    <message>
        <source>The activity was saved.</source>
        <translation>活动已保存。</translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation>更改已保存。</translation>
    </message>
    <message>
        <source>It was scheduled.</source>
        <translation>已安排。</translation>
    </message>
</context>
<context>
    <name>sb::ChangeWriter</name>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 没有字段 %2。</translation>
    </message>
    <message>
        <source>This %1 no longer exists in the workspace.</source>
        <translation>此 %1 记录已不在工作区中。</translation>
    </message>
    <message>
        <source>Cannot queue the change for sending: %1</source>
        <translation>无法将更改加入发送队列：%1</translation>
    </message>
</context>
<context>
    <name>sb::ComingUpPanel</name>
    <message>
        <source>Nothing planned with this customer.</source>
        <translation>与该客户暂无计划中的日程。</translation>
    </message>
    <message>
        <source>Schedule &amp;meeting…</source>
        <translation>安排会议(&amp;M)…</translation>
    </message>
    <message>
        <source>Schedule a meeting, visit or call with this customer (Ctrl+Shift+M)</source>
        <translation>与该客户安排会议、拜访或电话（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Add follow-up tas&amp;k…</source>
        <translation>添加跟进任务(&amp;K)…</translation>
    </message>
    <message>
        <source>Add a task due at a time, with a reminder (Ctrl+Shift+T)</source>
        <translation>添加一项有截止时间和提醒的任务（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;即将进行&lt;/b&gt;（%1）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;%n overdue&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;%n 项已逾期&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The task was added.</source>
        <translation>任务已添加。</translation>
    </message>
    <message>
        <source>It was scheduled.</source>
        <translation>已安排。</translation>
    </message>
    <message>
        <source>Marked done: it is on the timeline now, where its outcome can be added.</source>
        <translation>已标记为完成：它现在在时间线上，可以在那里补充结果。</translation>
    </message>
    <message>
        <source>It was cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation>更改已保存。</translation>
    </message>
</context>
<context>
    <name>sb::ConflictPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>使用此值(&amp;U)</translation>
    </message>
    <message>
        <source>Before (last synced)</source>
        <translation>同步前（上次同步的值）</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>我的（本机）</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>服务器的</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>新值：</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>打开记录(&amp;O)</translation>
    </message>
    <message>
        <source>Select a conflict to decide it.</source>
        <translation>选择一个冲突以作出决定。</translation>
    </message>
    <message>
        <source>No conflicts. When a field was changed both here and on a server, it waits here for your decision.</source>
        <translation>没有冲突。如果某个字段在本机和服务器上都被修改过，它会在这里等待您作出决定。</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>采用服务器的(&amp;T)</translation>
    </message>
    <message>
        <source>%1 “%2” was deleted on the server, but you edited it here.</source>
        <translation>%1“%2”已在服务器上被删除，但您在本机修改过它。</translation>
    </message>
    <message>
        <source>Edited here</source>
        <translation>已在本机修改</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>已在服务器上删除</translation>
    </message>
    <message>
        <source>&amp;Keep (send it again)</source>
        <translation>保留（重新发送）(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete here</source>
        <translation>在本机删除(&amp;D)</translation>
    </message>
    <message>
        <source>%1 “%2”: field “%3” was changed here and on the server.</source>
        <translation>%1“%2”：字段“%3”在本机和服务器上都被修改过。</translation>
    </message>
</context>
<context>
    <name>sb::ConflictStore</name>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>此冲突已经处理过了。</translation>
    </message>
    <message>
        <source>Choose to keep or drop the record.</source>
        <translation>请选择保留还是删除该记录。</translation>
    </message>
</context>
<context>
    <name>sb::ConnectorDialog</name>
    <message>
        <source>&amp;Use this server when syncing</source>
        <translation>同步时使用此服务器(&amp;U)</translation>
    </message>
    <message>
        <source>Edit server connection</source>
        <translation>编辑服务器连接</translation>
    </message>
    <message>
        <source>Add a server connection</source>
        <translation>添加服务器连接</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <source>Kept in the system keychain only</source>
        <translation>仅保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Server &amp;type:</source>
        <translation>服务器类型(&amp;T)：</translation>
    </message>
    <message>
        <source>The password is stored in the system keychain, never in the workspace or the settings.</source>
        <translation>密码保存在系统钥匙串中，绝不会写入工作区或设置。</translation>
    </message>
    <message>
        <source>Enter the password of this user. SalesBridge keeps it in the system keychain.</source>
        <translation>请输入此用户的密码。SalesBridge 会将其保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The address or the user changed: enter the password again.</source>
        <translation>地址或用户已更改，请重新输入密码。</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>正在将密码保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain, so nothing was saved.
%1</source>
        <translation>密码无法存入系统钥匙串，因此未保存任何内容。
%1</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>请输入密码以测试连接。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2: %3</source>
        <translation>已连接 %1，用户 %2：%3</translation>
    </message>
    <message>
        <source>Unencrypted connection</source>
        <translation>未加密的连接</translation>
    </message>
    <message>
        <source>%1 is reached over plain http, without encryption.</source>
        <translation>%1 通过明文 http 访问，没有加密。</translation>
    </message>
    <message>
        <source>Your password and every record synced would travel in clear over the network, where others can read them. Use an https address if the server has one.

Connect to %1 without encryption anyway?</source>
        <translation>您的密码和同步的每条记录都会在网络上以明文传输，他人可以读取。如果服务器有 https 地址，请使用 https。

仍要不加密地连接到 %1 吗？</translation>
    </message>
</context>
<context>
    <name>sb::ConnectorStore</name>
    <message>
        <source>This server is already configured.</source>
        <translation>此服务器已经配置过了。</translation>
    </message>
    <message>
        <source>Choose the type of server.</source>
        <translation>请选择服务器类型。</translation>
    </message>
    <message>
        <source>Another server (%1) already plays this part for the workspace. Turn it off or remove it first.</source>
        <translation>工作区已有另一台服务器（%1）承担此角色。请先停用或删除它。</translation>
    </message>
</context>
<context>
    <name>sb::ContactDialog</name>
    <message>
        <source>&amp;Primary contact</source>
        <translation>主联系人(&amp;P)</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>sb::CredentialStore</name>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation>系统钥匙串拒绝访问。请解锁后重试。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). SalesBridge keeps passwords only in the keychain, so it cannot remember this one.</source>
        <translation>没有可用的系统钥匙串（%1）。SalesBridge 只在钥匙串中保存密码，因此无法记住此密码。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>系统钥匙串报告错误：%1</translation>
    </message>
    <message>
        <source>The system keychain is locked, so SalesBridge cannot read the server&apos;s password. Unlock it (for example by logging in again) and SalesBridge will sync again; nothing was sent meanwhile.</source>
        <translation>系统密钥环已锁定，SalesBridge 无法读取服务器密码。请解锁（例如重新登录），SalesBridge 将再次同步；在此期间没有发送任何内容。</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example by logging in again) and try again.</source>
        <translation>系统密钥环已锁定。请解锁（例如重新登录）后重试。</translation>
    </message>
    <message>
        <source>No system keychain is running (%1). SalesBridge keeps passwords only in the keychain: start a desktop session with a keychain (GNOME Keyring, KWallet) and SalesBridge will sync again.</source>
        <translation>没有正在运行的系统密钥环（%1）。SalesBridge 只在密钥环中保存密码：请启动带有密钥环（GNOME Keyring、KWallet）的桌面会话，SalesBridge 将再次同步。</translation>
    </message>
    <message>
        <source>The system keychain refused to give SalesBridge the server&apos;s password (access denied or the unlock was cancelled). Allow it or unlock the keychain and SalesBridge will sync again.</source>
        <translation>系统密钥环拒绝向 SalesBridge 提供服务器密码（访问被拒绝或解锁被取消）。请允许访问或解锁密钥环，SalesBridge 将再次同步。</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1. SalesBridge will sync again once it answers.</source>
        <translation>无法读取系统密钥环：%1。密钥环响应后 SalesBridge 将再次同步。</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n second(s)</source>
        <translation>
            <numerusform>它在 %n 秒内没有响应</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::CsvExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>文件未以写入方式打开。</translation>
    </message>
</context>
<context>
    <name>sb::CsvImport</name>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; mean the same field; only the first is used.</source>
        <translation>列“%1”和“%2”对应同一字段，仅使用第一列。</translation>
    </message>
    <message>
        <source>These columns are not known and were ignored: %1</source>
        <translation>以下列无法识别，已忽略：%1</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>未知数据库错误</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Cannot start writing to the workspace: %1</source>
        <translation>无法开始写入工作区：%1</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>This row has %1 columns but the header has %2 (a missing quote or an extra delimiter?).</source>
        <translation>此行有 %1 列，但表头有 %2 列（是否缺少引号或多了分隔符？）。</translation>
    </message>
    <message>
        <source>Line %1 could not be saved: %2</source>
        <translation>第 %1 行无法保存：%2</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>无法保存导入结果：%1</translation>
    </message>
    <message>
        <source>The file has no customer name column. The first line must name the columns, for example &quot;name&quot; or &quot;客户名称&quot;.</source>
        <translation>文件中没有客户名称列。第一行必须是列名，例如“name”或“客户名称”。</translation>
    </message>
    <message>
        <source>Contact columns were ignored because the file has no contact name column (联系人).</source>
        <translation>文件中没有联系人姓名列（联系人），因此已忽略联系人相关的列。</translation>
    </message>
    <message>
        <source>The code %1 already appeared on line %2.</source>
        <translation>编码 %1 已在第 %2 行出现过。</translation>
    </message>
    <message>
        <source>The customer name is empty.</source>
        <translation>客户名称为空。</translation>
    </message>
    <message>
        <source>The grade &quot;%1&quot; is not one of A, B, C, D.</source>
        <translation>等级“%1”无效，应为 A、B、C、D 之一。</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of prospect, active, dormant, closed (潜在, 活跃, 休眠, 关闭).</source>
        <translation>状态“%1”无效，应为 prospect、active、dormant、closed（潜在、活跃、休眠、关闭）之一。</translation>
    </message>
    <message>
        <source>Credit limit: %1</source>
        <translation>信用额度：%1</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not a three-letter code such as CNY or USD.</source>
        <translation>币种“%1”不是 CNY、USD 这样的三字母代码。</translation>
    </message>
    <message>
        <source>Contact details are given without a contact name.</source>
        <translation>填写了联系方式，但没有联系人姓名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>“%1”不是有效的邮箱地址。</translation>
    </message>
    <message>
        <source>The customer with code %1 was deleted here and the deletion is not sent yet.</source>
        <translation>编码为 %1 的客户已在本地删除，删除操作尚未发送。</translation>
    </message>
    <message>
        <source>The file has no contact name column, for example &quot;name&quot; or &quot;姓名&quot;.</source>
        <translation>文件中没有联系人姓名列，例如“name”或“姓名”。</translation>
    </message>
    <message>
        <source>The file has no column naming the customer: &quot;customer_code&quot; (客户编码) or &quot;customer_name&quot; (客户名称).</source>
        <translation>文件中没有指明客户的列：“customer_code”（客户编码）或“customer_name”（客户名称）。</translation>
    </message>
    <message>
        <source>The row does not name a customer (code or name).</source>
        <translation>此行未指明客户（编码或名称）。</translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation>没有编码为 %1 的客户。</translation>
    </message>
    <message>
        <source>No customer is named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的客户。</translation>
    </message>
    <message>
        <source>Several customers are named &quot;%1&quot;; add a customer code column to tell them apart.</source>
        <translation>有多个客户名为“%1”；请添加客户编码列加以区分。</translation>
    </message>
    <message>
        <source>The contact name is empty.</source>
        <translation>联系人姓名为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (1/0, 是/否).</source>
        <translation>“%1”不是“是”或“否”（1/0、是/否）。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is negative.</source>
        <translation>金额“%1”为负数。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a number.</source>
        <translation>金额“%1”不是数字。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is too large.</source>
        <translation>金额“%1”过大。</translation>
    </message>
    <message>
        <source>The first line must name the columns, but line %1 cannot be read as a header. %2</source>
        <translation>第一行必须为列名，但第 %1 行无法作为表头读取。%2</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; without a code already appeared on line %2.</source>
        <translation>无编码的名称“%1”已在第 %2 行出现过。</translation>
    </message>
    <message>
        <source>Several customers are named &quot;%1&quot;; add a code column to say which one this row is.</source>
        <translation>有多个客户名为“%1”；请添加编码列以指明此行对应哪一个。</translation>
    </message>
</context>
<context>
    <name>sb::CsvImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>One contact per row, with the customer&apos;s code (customer_code) or name.</source>
        <translation>每行一个联系人，并注明所属客户的编码（customer_code）或名称。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>首行数据</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Why the row was not imported</source>
        <translation>未导入的原因</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>No column is understood as the name: rename it to &quot;name&quot; or 名称.</source>
        <translation>没有可识别为名称的列：请将其重命名为“name”或“名称”。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created</source>
        <translation>
            <numerusform>新建客户 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) created</source>
        <translation>
            <numerusform>新建联系人 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>未变 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>拒绝 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The imported records are queued under Pending changes.</source>
        <translation>导入的记录已加入“待同步更改”。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>One customer per row. A column &quot;name&quot; (or 名称) is required; a customer whose code (or, without a code, whose name) already exists is updated instead of duplicated.</source>
        <translation>每行一个客户。必须有“name”（或“名称”）列；编码（无编码时为名称）已存在的客户将被更新，而不会重复新建。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Path of a .csv file; press Enter to read it</source>
        <translation>.csv 文件路径；按回车读取</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check what each row will do, then press Import.</source>
        <translation>尚未写入任何数据。请检查每一行将执行的操作，然后按“导入”。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Rows of the file and what the import will do with each</source>
        <translation>文件中的各行及导入将对每行执行的操作</translation>
    </message>
    <message>
        <source>Line %1 should name the columns but cannot be read: %2</source>
        <translation>第 %1 行应为列名，但无法读取：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read. Press Next to see what the import will do.</source>
        <translation>
            <numerusform>已读取 %n 行。按“下一步”查看导入将执行的操作。</numerusform>
        </translation>
    </message>
    <message>
        <source>create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to create</source>
        <translation>
            <numerusform>将新建 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) to create</source>
        <translation>
            <numerusform>将新建 %n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>将更新 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) created.</source>
        <translation>
            <numerusform>已新建 %n 个联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace changed after the preview, so this result differs from what the preview showed.</source>
        <translation>预览之后工作区发生了变化，因此结果与预览不同。</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>sb::CsvReader</name>
    <message>
        <source>The file starts as UTF-16 text but contains invalid characters.</source>
        <translation>文件以 UTF-16 文本开头，但包含无效字符。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 and this build cannot read GBK/GB18030 text. In Excel, save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>文件不是 UTF-8 编码，而此版本无法读取 GBK/GB18030 文本。请在 Excel 中将其另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>Bad bytes: this line is not %1 text like the rest of the file.</source>
        <translation>字节错误：此行不像文件其余部分那样是 %1 文本。</translation>
    </message>
    <message>
        <source>A quoted field opens on this line and is never closed (a closing &quot; is missing).</source>
        <translation>此行有一个引号字段开始后没有结束（缺少闭合的 &quot;）。</translation>
    </message>
    <message>
        <source>A quoted field opens on this line and runs into line %1, which is not %2 text.</source>
        <translation>此行有一个引号字段延续到第 %1 行，而该行不是 %2 文本。</translation>
    </message>
    <message>
        <source>A quoted field opens on this line and only closes on line %1: a closing &quot; is probably missing.</source>
        <translation>此行有一个引号字段直到第 %1 行才结束：可能缺少闭合的 &quot;。</translation>
    </message>
</context>
<context>
    <name>sb::CsvWriter</name>
    <message>
        <source>The file is not open for writing.</source>
        <translation>文件未以写入方式打开。</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>sb::CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>given by the ERP when empty</source>
        <translation>留空则由 ERP 分配</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation>名称*(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation>简称(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>编码(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>等级(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>Credit &amp;limit</source>
        <translation>信用额度(&amp;L)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>仍然新建</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>The credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A customer named %1 already exists. &lt;a href=&quot;open&quot;&gt;Open %1&lt;/a&gt; instead, or save a second one with the same name.</source>
        <translation>已存在名为 %1 的客户。可&lt;a href=&quot;open&quot;&gt;打开 %1&lt;/a&gt;，或另存一个同名客户。</translation>
    </message>
    <message>
        <source>New quotes and opportunities of the customer are in this currency</source>
        <translation>该客户的新报价和新商机使用此币种</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <source>0 means no credit limit. The ERP checks the limit when an order is confirmed.</source>
        <translation>0 表示不设信用额度。ERP 在确认订单时检查额度。</translation>
    </message>
</context>
<context>
    <name>sb::CustomerFileView</name>
    <message>
        <source>← Customers</source>
        <translation>← 客户</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>返回列表（Alt+Left）</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>New &amp;quote</source>
        <translation>新建报价单(&amp;Q)</translation>
    </message>
    <message>
        <source>File a &amp;complaint</source>
        <translation>登记投诉(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;时间线&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Grade &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>等级 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message numerus="yes">
        <source>Open pipeline &lt;b&gt;%1&lt;/b&gt; (%n deal(s))</source>
        <translation>
            <numerusform>在谈商机 &lt;b&gt;%1&lt;/b&gt;（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation>销售额 %1</translation>
    </message>
    <message>
        <source>No contact logged yet</source>
        <translation>尚无联系记录</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>最近联系：%1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;%n overdue activit(y/ies)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;%n 项活动已逾期&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n 个未结工单</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation>商机（%1）</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>报价单（%1）</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>订单（%1）</translation>
    </message>
    <message>
        <source>Shipments (%1)</source>
        <translation>发货单（%1）</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>服务工单（%1）</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详情(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>处理(&amp;R)…</translation>
    </message>
    <message>
        <source>Show the refused change in Pending changes, where it can be sent again</source>
        <translation>在“待同步更改”中查看被拒绝的更改，可在那里重新发送</translation>
    </message>
    <message>
        <source>Open Pending changes on this customer&apos;s conflicts to keep your value or take the server&apos;s</source>
        <translation>在“待同步更改”中打开此客户的冲突，选择保留您的值或采用服务器的值</translation>
    </message>
    <message>
        <source>Not accepted by the server: %1</source>
        <translation>服务器未接受：%1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>The server refused the last change of this customer. Fix the record and save it, or send it again from Pending changes.</source>
        <translation>服务器拒绝了此客户的最近一次更改。请修改记录后保存，或在“待同步更改”中重新发送。</translation>
    </message>
    <message>
        <source>Deleted here, waiting to be sent</source>
        <translation>已在本机删除，等待发送</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Saved on this computer; the change goes to the server with the next sync.</source>
        <translation>已保存在本机；更改将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>已在服务器上删除</translation>
    </message>
    <message>
        <source>Deleted on the server while you edited it here</source>
        <translation>您在本机修改期间，该客户已在服务器上被删除</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in conflict</source>
        <translation>
            <numerusform>%n 个字段存在冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>No configured server takes customers; the change is not lost and not late.</source>
        <translation>没有已配置的服务器处理客户；更改不会丢失，也没有延误。</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>新建联系人(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>The contact was saved.</source>
        <translation>联系人已保存。</translation>
    </message>
    <message>
        <source>The contact was added.</source>
        <translation>联系人已添加。</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Delete this contact? The deletion is sent with the next sync; until then it can be undone in Pending changes.</source>
        <translation>删除此联系人？删除将在下次同步时发送；在此之前可在“待同步更改”中撤销。</translation>
    </message>
    <message>
        <source>The contact was deleted; the deletion goes with the next sync.</source>
        <translation>联系人已删除；删除将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Log a visit, call or note… (Ctrl+L, Enter)</source>
        <translation>记录拜访、电话或备注……（Ctrl+L，回车）</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a visit report: date, contact, outcome and next step</source>
        <translation>记录拜访报告：日期、联系人、结果和下一步</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>删除(&amp;T)</translation>
    </message>
    <message>
        <source>Delete the selected activity (Delete); orders, quotes and the like are deleted where they live</source>
        <translation>删除所选活动（Delete 键）；订单、报价等请在其所在页面删除</translation>
    </message>
    <message>
        <source>Addresses (%1)</source>
        <translation>地址（%1）</translation>
    </message>
    <message>
        <source>The activity was logged.</source>
        <translation>活动已记录。</translation>
    </message>
    <message>
        <source>The activity was saved.</source>
        <translation>活动已保存。</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete this activity from the timeline? The deletion is sent with the next sync; until then it can be undone in Pending changes.</source>
        <translation>从时间线删除此活动？删除将在下次同步时发送；在此之前可在“待发送更改”中撤销。</translation>
    </message>
    <message>
        <source>The activity was deleted; the deletion goes with the next sync.</source>
        <translation>活动已删除；删除将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Log a visit, call or note</source>
        <translation>记录拜访、电话或备注</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>安排会议</translation>
    </message>
    <message>
        <source>Add a follow-up task</source>
        <translation>添加跟进任务</translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation>删除所选活动</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation>删除所选联系人</translation>
    </message>
</context>
<context>
    <name>sb::CustomerPicker</name>
    <message>
        <source>Type a customer name or code</source>
        <translation>输入客户名称或编码</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>sb::CustomerStore</name>
    <message>
        <source>A customer needs a name.</source>
        <translation>客户必须填写名称。</translation>
    </message>
    <message>
        <source>The grade must be A, B, C or D.</source>
        <translation>等级必须是 A、B、C 或 D。</translation>
    </message>
    <message>
        <source>Unknown customer status &quot;%1&quot;.</source>
        <translation>未知的客户状态“%1”。</translation>
    </message>
    <message>
        <source>Another customer already has the code %1.</source>
        <translation>已有其他客户使用编码 %1。</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>联系人必须填写姓名。</translation>
    </message>
    <message>
        <source>The credit limit</source>
        <translation>信用额度</translation>
    </message>
</context>
<context>
    <name>sb::CustomersView</name>
    <message>
        <source>Find customers by name, short name, code, region, industry or tag</source>
        <translation>按名称、简称、编码、区域、行业或标签查找客户</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Grade A</source>
        <translation>A 级客户</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ customer(s)</source>
        <translation>
            <numerusform>%Ln+ 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::DashboardCharts</name>
    <message>
        <source>Millions of %1</source>
        <translation>百万 %1</translation>
    </message>
    <message>
        <source>Thousands of %1</source>
        <translation>千 %1</translation>
    </message>
    <message>
        <source>No open deals in this currency</source>
        <translation>该币种没有进行中的商机</translation>
    </message>
    <message>
        <source>No open deals with a close date in this currency</source>
        <translation>该币种没有带预计成交日期的进行中商机</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Weighted (amount × probability)</source>
        <translation>加权（金额 × 赢率）</translation>
    </message>
    <message>
        <source>No orders or invoices in this currency and period</source>
        <translation>该币种和期间内没有订单或发票</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单金额</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>开票金额</translation>
    </message>
    <message>
        <source>Quotes waiting</source>
        <translation>待审批报价</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价数</translation>
    </message>
    <message>
        <source>No quote is waiting for approval</source>
        <translation>没有等待审批的报价</translation>
    </message>
</context>
<context>
    <name>sb::DashboardModels</name>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单金额</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票数</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>开票金额</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价数</translation>
    </message>
    <message>
        <source>Under 1 day</source>
        <translation>不到 1 天</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 天</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 天</translation>
    </message>
    <message>
        <source>7 days or more</source>
        <translation>7 天及以上</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>丢单数</translation>
    </message>
    <message>
        <source>Average cycle time (days)</source>
        <translation>平均周期（天）</translation>
    </message>
    <message>
        <source>Average cycle time of won deals (days)</source>
        <translation>赢单平均周期（天）</translation>
    </message>
    <message>
        <source>Quotes waiting for approval</source>
        <translation>等待审批的报价</translation>
    </message>
    <message>
        <source>Longest wait for approval (days)</source>
        <translation>最长审批等待（天）</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A month on a chart axis: short month name and year, &quot;Mar 2026&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>文件无法以写入方式打开。</translation>
    </message>
</context>
<context>
    <name>sb::DashboardPanel</name>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>将此图表保存为图片</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the figures behind this chart for a spreadsheet</source>
        <translation>保存此图表背后的数据，供电子表格使用</translation>
    </message>
    <message>
        <source>Save these figures as a picture</source>
        <translation>将这些指标保存为图片</translation>
    </message>
    <message>
        <source>Could not save the picture to %1. Check that the folder exists and can be written.</source>
        <translation>无法将图片保存到 %1。请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>sb::DashboardView</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>The period of the win rate, the cycle time and the revenue. The pipeline and the approvals are as they stand today; the forecast looks six months ahead.</source>
        <translation>赢单率、周期和收入的统计期间。销售管道和审批为当前状态；预测向后看六个月。</translation>
    </message>
    <message>
        <source>The currency of the charts&apos; amounts: amounts in different currencies are never added</source>
        <translation>图表金额所用的币种：不同币种的金额从不相加</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>重新读取指标</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Open pipeline by rep and stage</source>
        <translation>按销售代表和阶段的进行中管道</translation>
    </message>
    <message>
        <source>Weighted forecast by month of expected close</source>
        <translation>按预计成交月份的加权预测</translation>
    </message>
    <message>
        <source>Revenue by month: ERP orders and invoices</source>
        <translation>按月收入：ERP 订单和发票</translation>
    </message>
    <message>
        <source>Quotes waiting for approval, by time waited</source>
        <translation>等待审批的报价（按等待时长）</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>The figures could not be read</source>
        <translation>无法读取指标</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>仪表板：%1</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Average cycle time</source>
        <translation>平均周期</translation>
    </message>
    <message>
        <source>Quotes waiting for approval</source>
        <translation>等待审批的报价</translation>
    </message>
    <message>
        <source>Won in the period</source>
        <translation>期间内赢单</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>%1 to %2 · read at %3 in %4 ms</source>
        <translation>%1 至 %2 · 读取于 %3，用时 %4 毫秒</translation>
    </message>
    <message>
        <source>%1 won · %2 lost</source>
        <translation>赢 %1 · 丢 %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>From creation to won or lost</source>
        <translation>从创建到赢单或丢单</translation>
    </message>
    <message>
        <source>Won deals: %1 days</source>
        <translation>赢单：%1 天</translation>
    </message>
    <message>
        <source>None waiting</source>
        <translation>无等待</translation>
    </message>
    <message>
        <source>Oldest: %1 days · %2 waiting 7 days or more</source>
        <translation>最久：%1 天 · %2 个已等待 7 天及以上</translation>
    </message>
    <message>
        <source>Deals won in %1</source>
        <translation>%1 的赢单</translation>
    </message>
    <message>
        <source>Also won: %1</source>
        <translation>其他币种赢单：%1</translation>
    </message>
</context>
<context>
    <name>sb::Database</name>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>工作区 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: %2</source>
        <translation>无法创建工作区 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable SalesBridge workspace: %2</source>
        <translation>%1 不是可读取的 SalesBridge 工作区：%2</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer SalesBridge (data version %2; this version reads up to %3). It has not been changed; please update SalesBridge.</source>
        <translation>工作区 %1 由更新版本的 SalesBridge 写入（数据版本 %2；当前版本最高只能读取 %3）。工作区未作任何更改；请升级 SalesBridge。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a SalesBridge workspace. It has not been changed.</source>
        <translation>%1 是其他程序的数据库，不是 SalesBridge 工作区。该文件未作任何更改。</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace: %1</source>
        <translation>无法准备工作区：%1</translation>
    </message>
    <message>
        <source>Cannot register the search functions.</source>
        <translation>无法注册搜索函数。</translation>
    </message>
    <message>
        <source>The SQLite driver did not expose its handle.</source>
        <translation>SQLite 驱动未提供其句柄。</translation>
    </message>
    <message>
        <source>Cannot start upgrading the workspace: %1</source>
        <translation>无法开始升级工作区：%1</translation>
    </message>
    <message>
        <source>Upgrading the workspace to data version %1 failed (%2). Nothing was changed.</source>
        <translation>将工作区升级到数据版本 %1 失败（%2）。未作任何更改。</translation>
    </message>
    <message>
        <source>The disk is full: nothing of this was written. Free some space on the disk of the workspace and try again.</source>
        <translation>磁盘已满：这些内容都未写入。请在工作区所在磁盘上腾出空间后重试。</translation>
    </message>
    <message>
        <source>The workspace could not be written: the disk is full or failing (or the file reached a size limit). Nothing of this was kept. Free some space or check the disk, then try again.</source>
        <translation>无法写入工作区：磁盘已满或出现故障（或文件达到大小上限）。这些内容都未保留。请腾出空间或检查磁盘，然后重试。</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Close SalesBridge and open it again: it checks the file and offers to keep a copy and start a fresh workspace.</source>
        <translation>工作区文件已损坏。请关闭 SalesBridge 后重新打开：它会检查该文件，并提供保留副本、新建工作区的选项。</translation>
    </message>
    <message>
        <source>The workspace cannot be written (the file or its folder is read-only, or the folder is missing).</source>
        <translation>无法写入工作区（文件或其所在文件夹为只读，或文件夹不存在）。</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>工作区未打开。</translation>
    </message>
</context>
<context>
    <name>sb::DeletionCheckPanel</name>
    <message>
        <source>Check for &amp;deletions now</source>
        <translation>立即检查已删除的记录(&amp;D)</translation>
    </message>
    <message>
        <source>Records archived on a server leave this computer with every sync. Records deleted outright there are found by comparing every record with the server, which runs once a day by itself. This runs it with a sync now.</source>
        <translation>在服务器上归档的记录会在每次同步时从本机移除。在服务器上被直接删除的记录要逐条与服务器比对才能找出，这项检查每天自动运行一次。点此将随一次同步立即运行。</translation>
    </message>
    <message>
        <source>Records deleted on the servers: not checked yet.</source>
        <translation>服务器上已删除的记录：尚未检查。</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Last check for deleted records: %1, %2 records in %3 s, %4 removed.</source>
        <translation>上次检查已删除的记录：%1，%2 条记录，用时 %3 秒，移除 %4 条。</translation>
    </message>
    <message>
        <source>The next sync checks again, as asked.</source>
        <translation>下次同步会按要求再次检查。</translation>
    </message>
</context>
<context>
    <name>sb::DemoGenerator</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Writing the demo data failed: %1</source>
        <translation>写入演示数据失败：%1</translation>
    </message>
    <message>
        <source>Writing the demo %1 failed: %2</source>
        <translation>写入演示数据（%1）失败：%2</translation>
    </message>
    <message>
        <source>The demo workspace needs at least one customer.</source>
        <translation>演示工作区至少需要一个客户。</translation>
    </message>
    <message>
        <source>Cannot start writing the demo workspace: %1</source>
        <translation>无法开始写入演示工作区：%1</translation>
    </message>
    <message>
        <source>The demo workspace can only be written into an empty workspace.</source>
        <translation>演示数据只能写入空工作区。</translation>
    </message>
    <message>
        <source>Cannot record the demo workspace: %1</source>
        <translation>无法记录演示工作区：%1</translation>
    </message>
    <message>
        <source>Cannot save the demo workspace: %1</source>
        <translation>无法保存演示工作区：%1</translation>
    </message>
</context>
<context>
    <name>sb::DocumentSettingsPage</name>
    <message>
        <source>Reset to default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>The name printed at the top of every quote</source>
        <translation>打印在每份报价单顶部的名称</translation>
    </message>
    <message>
        <source>Your name as customers know it; empty: your user name</source>
        <translation>客户所知道的您的名字；留空则使用用户名</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder for sent quotes</source>
        <translation>已发送报价单的文件夹</translation>
    </message>
    <message>
        <source>On every quote</source>
        <translation>每份报价单上都有</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>Sent quotes &amp;folder:</source>
        <translation>已发送报价单文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Give the shown language its default subject, message and terms back</source>
        <translation>为当前语言恢复默认的主题、正文和条款</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Fields filled in when a quote is sent: %1</source>
        <translation>发送报价单时填入的字段：%1</translation>
    </message>
    <message>
        <source>Message to the customer, and terms</source>
        <translation>给客户的邮件和条款</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <source>Terms on the quote:</source>
        <translation>报价单上的条款：</translation>
    </message>
</context>
<context>
    <name>sb::FunnelChart</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Weighted (amount × probability)</source>
        <translation>加权金额（金额 × 赢单概率）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中合计</translation>
    </message>
    <message>
        <source>Won: %1 deals, %2</source>
        <translation>赢单：%1 个商机，%2</translation>
    </message>
    <message>
        <source>Lost: %1 deals, %2</source>
        <translation>输单：%1 个商机，%2</translation>
    </message>
    <message>
        <source>Win rate (by deals): %1</source>
        <translation>赢单率（按商机数）：%1</translation>
    </message>
    <message>
        <source>Deals vs previous stage</source>
        <translation>与上一阶段的商机数之比</translation>
    </message>
    <message>
        <source>Deals vs previous stage: deals in a stage now, as a share of those
in the stage before; a snapshot of counts, not a conversion rate.</source>
        <translation>与上一阶段的商机数之比：当前处于该阶段的商机数占上一阶段商机数的比例；
这是某一时刻的数量对比，而不是转化率。</translation>
    </message>
    <message numerus="yes">
        <source>Deals per stage (amounts in %n currencies: see the figures)</source>
        <translation>
            <numerusform>各阶段商机数（金额涉及 %n 种币种：见右侧数字）</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount in millions of %1</source>
        <translation>金额（百万 %1）</translation>
    </message>
    <message>
        <source>Amount in thousands of %1</source>
        <translation>金额（千 %1）</translation>
    </message>
</context>
<context>
    <name>sb::GlobalSearch</name>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>未找到与“%1”相关的结果</translation>
    </message>
    <message>
        <source>Search customers, contacts, opportunities, quotes, orders, tickets, shipments, products…</source>
        <translation>搜索客户、联系人、商机、报价单、订单、工单、发货单、产品…</translation>
    </message>
</context>
<context>
    <name>sb::HandoffDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Send to ERP</source>
        <translation>发送到 ERP(&amp;S)</translation>
    </message>
    <message>
        <source>Create order from quote %1</source>
        <translation>由报价 %1 创建订单</translation>
    </message>
    <message>
        <source>As printed on the customer&apos;s purchase order</source>
        <translation>与客户采购单上的编号一致</translation>
    </message>
    <message>
        <source>The customer&apos;s terms in the ERP</source>
        <translation>ERP 中该客户的付款条件</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Customer &amp;PO number:</source>
        <translation>客户采购单号(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Requested delivery:</source>
        <translation>要求交货日期(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;hip to:</source>
        <translation>收货地址(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Invoice to:</source>
        <translation>开票地址(&amp;I)：</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>付款条件(&amp;T)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The ERP makes the sales order from the approved quote and these details. It is sent with the next sync, once.</source>
        <translation>ERP 将根据已审批的报价和以下信息生成销售订单。它会在下次同步时发送，且只发送一次。</translation>
    </message>
    <message>
        <source>The customer has no address: add one in the customer file</source>
        <translation>该客户没有地址：请先在客户档案中添加</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(no street or city)</source>
        <translation>（无街道或城市）</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source> (not in the ERP yet)</source>
        <translation>（尚未同步到 ERP）</translation>
    </message>
    <message>
        <source>One order goes to the ERP with the next sync:</source>
        <translation>下次同步时将向 ERP 发送一张订单：</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>客户采购单号</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>要求交货日期</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Invoice to</source>
        <translation>开票地址</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>the customer&apos;s terms in the ERP</source>
        <translation>ERP 中该客户的付款条件</translation>
    </message>
    <message>
        <source>An address is not in the ERP yet: it goes first, and the order follows it in the same sync.</source>
        <translation>有地址尚未同步到 ERP：它会先发送，订单在同一次同步中随后发送。</translation>
    </message>
</context>
<context>
    <name>sb::InventoryView</name>
    <message>
        <source>Select a product to check its stock.</source>
        <translation>选择产品以查看库存。</translation>
    </message>
    <message>
        <source>Product code, name or specification</source>
        <translation>产品编码、名称或规格</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>有库存</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>无库存</translation>
    </message>
    <message>
        <source>How many the customer asks for</source>
        <translation>客户需要的数量</translation>
    </message>
    <message>
        <source>Customer asks for</source>
        <translation>客户需求数量</translation>
    </message>
    <message>
        <source>list price %1 per %2</source>
        <translation>目录价 %1/%2</translation>
    </message>
    <message>
        <source>%1 available now in %2</source>
        <translation>%2 现有库存可满足 %1</translation>
    </message>
    <message>
        <source>%1 available by forecast in %2 (not on hand yet)</source>
        <translation>按预计库存，%2 可满足 %1（尚未到库）</translation>
    </message>
    <message>
        <source>Not enough: no warehouse is set up for this product.</source>
        <translation>库存不足：此产品未设置任何仓库。</translation>
    </message>
    <message>
        <source>Not enough in any one warehouse for %1: %2 on hand across all warehouses, ship from several</source>
        <translation>没有单个仓库能满足 %1：所有仓库合计现有 %2，需从多个仓库发货</translation>
    </message>
    <message>
        <source>Not enough: %1 asked, %2 on hand in all warehouses</source>
        <translation>库存不足：需要 %1，所有仓库合计现有 %2</translation>
    </message>
</context>
<context>
    <name>sb::JsonHttpCall</name>
    <message>
        <source>It may have been saved on the server; it is checked there before being sent again.</source>
        <translation>该更改可能已保存到服务器；重新发送前会先向服务器核实。</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>网络不可用。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>服务器在 %n 秒内未响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>服务器拒绝了连接。</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found.</source>
        <translation>找不到服务器的地址。</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>无法与服务器建立安全连接。</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <source>The connection to the server timed out.</source>
        <translation>连接服务器超时。</translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation>请求失败（%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s reply was cut off.</source>
        <translation>服务器的响应不完整。</translation>
    </message>
    <message>
        <source>The server no longer accepts this sync position; the sync starts over.</source>
        <translation>服务器不再接受当前的同步进度，将从头重新同步。</translation>
    </message>
    <message>
        <source>The server is busy (HTTP %1); trying again later.</source>
        <translation>服务器繁忙（HTTP %1），稍后将重试。</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>服务器报告了错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>The record was changed on the server since it was last synced.</source>
        <translation>自上次同步以来，该记录已在服务器上被修改。</translation>
    </message>
    <message>
        <source>The record no longer exists on the server.</source>
        <translation>该记录在服务器上已不存在。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>服务器返回了意外的响应（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read.</source>
        <translation>无法读取服务器的响应。</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: %1. SalesBridge does not connect past a certificate problem; ask your administrator for a valid certificate, or have the company&apos;s certificate authority added to this computer&apos;s trusted certificates.</source>
        <translation>无法与服务器建立安全连接：%1。SalesBridge 不会越过证书问题进行连接；请向管理员索取有效证书，或将公司的证书颁发机构加入本机受信任的证书。</translation>
    </message>
</context>
<context>
    <name>sb::KanbanColumn</name>
    <message>
        <source>%1  (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %1 in total</source>
        <translation>
            <numerusform>%n 个商机，合计 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::KindRegistry</name>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>OA approvals</source>
        <translation>OA 审批</translation>
    </message>
    <message>
        <source>OA calendar</source>
        <translation>OA 日程</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>SalesBridge cannot connect to a server of kind &quot;%1&quot;.</source>
        <translation>SalesBridge 无法连接“%1”类型的服务器。</translation>
    </message>
    <message>
        <source>A %1 server is the workspace&apos;s %2, not its %3.</source>
        <translation>%1 服务器在工作区中是 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use the form http://host:port.</source>
        <translation>“%1”不是服务器地址。请使用 http://主机:端口 的格式。</translation>
    </message>
    <message>
        <source>Fill in every field of the connection.</source>
        <translation>请填写连接的所有字段。</translation>
    </message>
    <message>
        <source>Tryton ERP</source>
        <translation>Tryton ERP</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Enter the name of the Tryton database.</source>
        <translation>请输入 Tryton 数据库名称。</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter the user name to log in with.</source>
        <translation>请输入登录用户名。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Feishu approvals (OA)</source>
        <translation>飞书审批（OA）</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>应用 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Enter the app id of the company&apos;s Feishu app.</source>
        <translation>请输入公司飞书应用的 App ID。</translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation>应用密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Approval &amp;definition:</source>
        <translation>审批定义(&amp;D)：</translation>
    </message>
    <message>
        <source>Enter the code of the quote approval definition.</source>
        <translation>请输入报价审批定义的编码。</translation>
    </message>
    <message>
        <source>Your &amp;user id:</source>
        <translation>您的用户 ID(&amp;U)：</translation>
    </message>
    <message>
        <source>Enter your user id in the OA system: approvals are submitted and decided as you.</source>
        <translation>请输入您在 OA 系统中的用户 ID：审批将以您的身份提交和处理。</translation>
    </message>
    <message>
        <source>Request Tracker (after-sales)</source>
        <translation>Request Tracker（售后）</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>队列(&amp;Q)：</translation>
    </message>
    <message>
        <source>Enter the queue service tickets are filed in.</source>
        <translation>请输入服务工单所在的队列。</translation>
    </message>
    <message>
        <source>Enter the Request Tracker user the token was made for.</source>
        <translation>请输入该令牌所属的 Request Tracker 用户。</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>认证令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Only customers &amp;of (login):</source>
        <translation>仅限此人的客户(&amp;O)（登录名）：</translation>
    </message>
    <message>
        <source>everyone&apos;s customers</source>
        <translation>所有人的客户</translation>
    </message>
    <message>
        <source>CalDAV calendar</source>
        <translation>CalDAV 日历</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>日历地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Enter the user name of the calendar server.</source>
        <translation>请输入日历服务器的用户名。</translation>
    </message>
    <message>
        <source>The address %1 uses plain http: the password and everything synced would travel unencrypted to %2. Use https, or confirm plain http for this server.</source>
        <translation>地址 %1 使用明文 http：密码和所有同步内容都将以未加密方式传输到 %2。请使用 https，或为该服务器确认使用明文 http。</translation>
    </message>
</context>
<context>
    <name>sb::ListPanel</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ record(s)</source>
        <translation>
            <numerusform>%Ln+ 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting stopped here to show the first rows at once. Click to count them all.</source>
        <translation>为立即显示前几行，计数到此为止。点击可统计全部。</translation>
    </message>
</context>
<context>
    <name>sb::LogisticsView</name>
    <message>
        <source>Select a shipment to follow it.</source>
        <translation>选择发货单以跟踪物流。</translation>
    </message>
    <message>
        <source>Tracking number, shipment number or customer</source>
        <translation>运单号、发货单号或客户</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>已延误</translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the tracking number, to paste it into the carrier&apos;s site</source>
        <translation>复制运单号，以便粘贴到承运商网站查询</translation>
    </message>
    <message>
        <source>Tracking number %1 copied.</source>
        <translation>已复制运单号 %1。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>From warehouse</source>
        <translation>发货仓库</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Delivery confirmation</source>
        <translation>签收确认</translation>
    </message>
    <message>
        <source>New shipment (not sent yet)</source>
        <translation>新发货单（尚未发送）</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>发货单 %1</translation>
    </message>
    <message>
        <source>Order (not sent yet)</source>
        <translation>订单（尚未发送）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>延误 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>未计划</translation>
    </message>
    <message>
        <source>Not shipped yet</source>
        <translation>尚未发货</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>尚未送达</translation>
    </message>
    <message>
        <source>Signed for by %1</source>
        <translation>由 %1 签收</translation>
    </message>
    <message>
        <source>Delivered, no signature recorded</source>
        <translation>已送达，无签收记录</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>尚未确认</translation>
    </message>
</context>
<context>
    <name>sb::LostReasonDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>商机输单</translation>
    </message>
    <message>
        <source>Why was &quot;%1&quot; lost?</source>
        <translation>“%1”为何输单？</translation>
    </message>
    <message numerus="yes">
        <source>Why were these %n deals lost?</source>
        <translation>
            <numerusform>这 %n 个商机为何输单？</numerusform>
        </translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>价格过高</translation>
    </message>
    <message>
        <source>Lost to a competitor</source>
        <translation>输给竞争对手</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>没有预算</translation>
    </message>
    <message>
        <source>No decision / project stopped</source>
        <translation>未决策／项目中止</translation>
    </message>
    <message>
        <source>Delivery time too long</source>
        <translation>交期太长</translation>
    </message>
    <message>
        <source>Product does not fit</source>
        <translation>产品不符合需求</translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation>选择或输入原因</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>标记为输单</translation>
    </message>
</context>
<context>
    <name>sb::MailHandoff</name>
    <message>
        <source>No desktop mail hand-off (xdg-email, in the package xdg-utils) is installed.</source>
        <translation>未安装桌面邮件交接工具（xdg-email，位于 xdg-utils 软件包）。</translation>
    </message>
    <message>
        <source>The mail hand-off could not be started: %1</source>
        <translation>无法启动邮件交接：%1</translation>
    </message>
    <message>
        <source>No mail program is set up on this desktop.</source>
        <translation>此桌面未设置邮件程序。</translation>
    </message>
    <message>
        <source>The mail program did not take the message (xdg-email ended with code %1).</source>
        <translation>邮件程序没有接收该邮件（xdg-email 退出代码 %1）。</translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <source>SalesBridge — %1</source>
        <translation>SalesBridge — %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>待同步更改</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import customers from CSV…</source>
        <translation>从 CSV 导入客户(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;contacts from CSV…</source>
        <translation>从 CSV 导入联系人(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export current list to CSV…</source>
        <translation>将当前列表导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Show &amp;pending changes</source>
        <translation>查看待同步更改(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SalesBridge</source>
        <translation>关于 SalesBridge(&amp;A)</translation>
    </message>
    <message>
        <source>SalesBridge %1 — the CRM desktop client for your ERP, OA and after-sales systems.</source>
        <translation>SalesBridge %1 — 连接 ERP、OA 和售后系统的 CRM 桌面客户端。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>● Offline — no server configured</source>
        <translation>● 离线 — 未配置服务器</translation>
    </message>
    <message>
        <source>● Checking connection…</source>
        <translation>● 正在检查连接…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>● Offline — changes are kept and sent later</source>
        <translation>● 离线 — 更改已保留，稍后发送</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending, %1 failed</source>
        <translation>
            <numerusform>%n 项更改待同步，%1 项失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n 项更改待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending changes (%1)</source>
        <translation>待同步更改（%1）</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>审批（%1）</translation>
    </message>
    <message>
        <source>No ERP, OA or after-sales server is configured for this workspace, so there is nothing to sync with. Your changes are kept under Pending changes.</source>
        <translation>此工作区未配置 ERP、OA 或售后服务器，没有可同步的对象。您的更改保存在“待同步更改”中。</translation>
    </message>
    <message>
        <source>Synchronisation with the configured servers is not available in this version yet; your changes are kept under Pending changes.</source>
        <translation>当前版本尚不支持与已配置的服务器同步；您的更改保存在“待同步更改”中。</translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation>此页面没有可导出的列表。</translation>
    </message>
    <message>
        <source>The new language and role apply when SalesBridge starts next time.</source>
        <translation>新的语言和角色将在下次启动 SalesBridge 时生效。</translation>
    </message>
    <message>
        <source>Show SalesBridge</source>
        <translation>显示 SalesBridge</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>同步已在进行中。</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <source>SalesBridge sync</source>
        <translation>SalesBridge 同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer: no server for them is set up yet.</source>
        <translation>
            <numerusform>%n 项更改暂存于本机：尚未设置处理它们的服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SalesBridge — %n approval(s) wait for you
%1</source>
        <translation>
            <numerusform>SalesBridge — %n 个审批等待您处理
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
</context>
<context>
    <name>sb::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>sb::NewOpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>What the customer wants to buy</source>
        <translation>客户想要采购的内容</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation>预计成交(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Choose the customer of the opportunity.</source>
        <translation>请选择商机所属的客户。</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>sb::OpportunityCardDelegate</name>
    <message>
        <source>● Overdue</source>
        <translation>● 已逾期</translation>
    </message>
    <message>
        <source>Expected close: %1</source>
        <translation>预计成交：%1</translation>
    </message>
    <message>
        <source>The next activity is overdue.</source>
        <translation>下一项活动已逾期。</translation>
    </message>
</context>
<context>
    <name>sb::OpportunityDialog</name>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Why the deal was lost</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>What the customer needs, who decides, what competes</source>
        <translation>客户需求、决策人、竞争对手</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation>预计成交(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>赢单概率(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Lost because:</source>
        <translation>输单原因(&amp;L)：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>Quotes (double-click to open)</source>
        <translation>报价（双击打开）</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Delete the opportunity (Delete); undone from Pending changes until it is sent</source>
        <translation>删除商机（Delete 键）；发送前可在“待发送更改”中撤销</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>商机：%1</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>未知客户</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>(not numbered yet)</source>
        <translation>（尚未编号）</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>请填写输单原因。</translation>
    </message>
    <message>
        <source>The opportunity was saved.</source>
        <translation>商机已保存。</translation>
    </message>
    <message>
        <source>Delete the opportunity &quot;%1&quot;? The deletion is sent with the next sync; until then it can be undone in Pending changes.</source>
        <translation>删除商机“%1”？删除将在下次同步时发送；在此之前可在“待发送更改”中撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Its %n quote(s) stay with the customer.</source>
        <translation>
            <numerusform>它的 %n 份报价仍保留在该客户名下。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>删除商机</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The opportunity was deleted; the deletion goes with the next sync.</source>
        <translation>商机已删除；删除将在下次同步时发送。</translation>
    </message>
</context>
<context>
    <name>sb::OrderDetail</name>
    <message>
        <source>Select an order to see where it is.</source>
        <translation>选择订单以查看进度。</translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总金额</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Double-click a shipment to follow it in Logistics</source>
        <translation>双击发货单，可在“物流”中跟踪</translation>
    </message>
    <message>
        <source>New order (not sent yet)</source>
        <translation>新订单（尚未发送）</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>late to ship</source>
        <translation>发货延迟</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>开票</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>%1 送达</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>%1 to pay</source>
        <translation>待付 %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>明细（%1）</translation>
    </message>
    <message>
        <source>Shipments (%1)</source>
        <translation>发货单（%1）</translation>
    </message>
    <message>
        <source>Invoices (%1)</source>
        <translation>发票（%1）</translation>
    </message>
    <message>
        <source>Customer PO %1</source>
        <translation>客户采购单号 %1</translation>
    </message>
    <message>
        <source>Payment terms: %1</source>
        <translation>付款条件：%1</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>收货地址：%1</translation>
    </message>
    <message>
        <source>Invoice to: %1</source>
        <translation>开票地址：%1</translation>
    </message>
</context>
<context>
    <name>sb::OrderHandoffStore</name>
    <message>
        <source>This quote is no longer in the workspace.</source>
        <translation>此报价已不在工作区中。</translation>
    </message>
    <message>
        <source>This address is not one of the customer&apos;s (it may have been deleted): choose another.</source>
        <translation>此地址不属于该客户（可能已被删除）：请另选一个。</translation>
    </message>
    <message>
        <source>Choose where the goods go. If the customer has no address yet, add one in the customer file.</source>
        <translation>请选择收货地址。如果该客户还没有地址，请先在客户档案中添加。</translation>
    </message>
    <message>
        <source>Choose where the invoice goes. If the customer has no address yet, add one in the customer file.</source>
        <translation>请选择开票地址。如果该客户还没有地址，请先在客户档案中添加。</translation>
    </message>
    <message>
        <source>Enter the delivery date the customer asked for.</source>
        <translation>请输入客户要求的交货日期。</translation>
    </message>
    <message>
        <source>The requested delivery date is in the past: the earliest is today.</source>
        <translation>要求交货日期已过：最早只能是今天。</translation>
    </message>
    <message>
        <source>The requested delivery date is more than two years away: check the year.</source>
        <translation>要求交货日期在两年以后：请检查年份。</translation>
    </message>
    <message>
        <source>A PO number has at most 60 characters.</source>
        <translation>采购单号最多 60 个字符。</translation>
    </message>
    <message>
        <source>Payment terms have at most 100 characters.</source>
        <translation>付款条件最多 100 个字符。</translation>
    </message>
</context>
<context>
    <name>sb::OrdersView</name>
    <message>
        <source>Order number or customer</source>
        <translation>订单号或客户</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>我的订单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Late to ship</source>
        <translation>发货延迟</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
</context>
<context>
    <name>sb::Outbox</name>
    <message>
        <source>This change is no longer in the outbox.</source>
        <translation>此更改已不在待发送队列中。</translation>
    </message>
    <message>
        <source>This change was sent already.</source>
        <translation>此更改已经发送。</translation>
    </message>
    <message>
        <source>Unknown kind of record: %1</source>
        <translation>未知的记录类型：%1</translation>
    </message>
    <message>
        <source>A change of this record may already be on the server (its answer was lost); it is checked at the next sync and cannot be discarded now.</source>
        <translation>此记录的一项更改可能已到达服务器（其应答丢失）；将在下次同步时核实，目前无法撤销。</translation>
    </message>
    <message>
        <source>The record is no longer in the workspace.</source>
        <translation>该记录已不在工作区中。</translation>
    </message>
    <message>
        <source>The server&apos;s version of this record is not known here, so the record cannot be put back to it. Edit it instead.</source>
        <translation>本机不知道此记录在服务器上的版本，因此无法恢复。请改为直接编辑。</translation>
    </message>
</context>
<context>
    <name>sb::PendingChangesView</name>
    <message>
        <source>Failed</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Select a change to see what will be sent.</source>
        <translation>选择一项更改，查看将要发送的内容。</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>打开记录(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 项更改等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 #%3 · %4
Queued %5 · key %6
Attempts: %7</source>
        <translation>%1 %2 #%3 · %4
加入队列：%5 · 幂等键 %6
尝试次数：%7</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <source>Send the change again with the next sync. Fix the record first if the server said what is wrong.</source>
        <translation>在下次同步时重新发送此更改。如果服务器说明了问题所在，请先修改记录。</translation>
    </message>
    <message>
        <source>&amp;Open record to fix it</source>
        <translation>打开记录进行修改(&amp;O)</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>待发送（%1）</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>被拒绝（%1）</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>同步日志</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>last sync at %1</source>
        <translation>上次同步于 %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Everything is sent (%1). Changes you make offline wait here until they reach the ERP, OA and after-sales systems.</source>
        <translation>所有更改均已发送（%1）。离线时所做的更改会在这里等待，直到送达 ERP、OA 和售后系统。</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by a server</source>
        <translation>
            <numerusform>%n 项被服务器拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n 个冲突待决定</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a refused change to see why.</source>
        <translation>选择一项被拒绝的更改，查看原因。</translation>
    </message>
    <message>
        <source>No change was refused.</source>
        <translation>没有被拒绝的更改。</translation>
    </message>
    <message>
        <source>The server refused %1 “%2”: %3</source>
        <translation>服务器拒绝了%1“%2”：%3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>The change goes again with the next sync.</source>
        <translation>此更改将在下次同步时重新发送。</translation>
    </message>
    <message>
        <source>No configured server takes these changes, so they stay on this computer by design. They are not lost and not late: each is sent once a server for it is set up (Settings &gt; Connections).</source>
        <translation>没有已配置的服务器处理这些更改，因此按设计保留在本机。它们不会丢失，也没有延误：设置好相应服务器后（设置 &gt; 连接）即会发送。</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>打开记录(&amp;R)</translation>
    </message>
    <message>
        <source>Kept on this computer (%1)</source>
        <translation>暂存于本机（%1）</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>暂存于本机</translation>
    </message>
    <message numerus="yes">
        <source>%n kept on this computer (no server for them yet)</source>
        <translation>
            <numerusform>%n 项暂存于本机（尚无处理它们的服务器）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>撤销(&amp;D)…</translation>
    </message>
    <message>
        <source>Take back the changes of this record that were not sent: it returns to the server&apos;s version (a record made here is dropped, a deletion made here is undone).</source>
        <translation>撤回此记录尚未发送的更改：记录恢复为服务器上的版本（在本机新建的记录将被删除，在本机做的删除将被撤销）。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>%1 cannot be discarded: %2</source>
        <translation>%1 无法撤销：%2</translation>
    </message>
    <message>
        <source>Discard %1? It was made on this computer and never sent: it is removed, with what was made under it.</source>
        <translation>撤销 %1？它是在本机新建且从未发送的：它及其下新建的内容将被删除。</translation>
    </message>
    <message>
        <source>Undo the deletion of %1? It comes back as the server has it.</source>
        <translation>撤销对 %1 的删除？它将按服务器上的样子恢复。</translation>
    </message>
    <message>
        <source>Discard the action queued on %1? Nothing else changes.</source>
        <translation>撤销 %1 上排队的操作？其他内容不变。</translation>
    </message>
    <message>
        <source>Put %1 back to the server&apos;s version? Your unsent changes to it are lost.</source>
        <translation>将 %1 恢复为服务器上的版本？您对它尚未发送的更改将丢失。</translation>
    </message>
    <message>
        <source>%1: “%2” becomes “%3”</source>
        <translation>%1：“%2”改回“%3”</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Discard unsent changes</source>
        <translation>撤销未发送的更改</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>撤销(&amp;D)</translation>
    </message>
    <message>
        <source>%1: the unsent changes were discarded.</source>
        <translation>%1：尚未发送的更改已撤销。</translation>
    </message>
</context>
<context>
    <name>sb::PipelineStore</name>
    <message>
        <source>An opportunity needs a title.</source>
        <translation>商机必须填写标题。</translation>
    </message>
    <message>
        <source>Choose the customer of the opportunity.</source>
        <translation>请选择商机所属的客户。</translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;.</source>
        <translation>未知阶段“%1”。</translation>
    </message>
    <message>
        <source>Use the pipeline to change the stage.</source>
        <translation>请在销售管道中更改阶段。</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>请说明输单原因。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>This opportunity is no longer in the workspace.</source>
        <translation>此商机已不在工作区中。</translation>
    </message>
</context>
<context>
    <name>sb::PipelineView</name>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Create an opportunity for a customer (Ctrl+N)</source>
        <translation>为客户创建商机（Ctrl+N）</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>全部商机</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>我的商机</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>推进到下一阶段</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>移至阶段…</translation>
    </message>
    <message>
        <source>A deal that is won or lost has no next stage; use &quot;Move to stage…&quot; to reopen it.</source>
        <translation>已赢单或输单的商机没有下一阶段；请使用“移至阶段…”重新打开。</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>移至阶段</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Double-click a card (or press Enter) to open it; drag it to another stage, or press Ctrl+→ for the next stage.</source>
        <translation>双击卡片（或按回车）打开；拖到其他阶段，或按 Ctrl+→ 进入下一阶段。</translation>
    </message>
    <message>
        <source>Delete opportunity…</source>
        <translation>删除商机…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>sb::ProductCatalog</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 — list price %2 per %3</source>
        <translation>%1 — 目录价 %2/%3</translation>
    </message>
</context>
<context>
    <name>sb::QuoteCurrencyBox</name>
    <message>
        <source>The currency of the quote; it can be changed while the quote is a draft</source>
        <translation>报价的币种；报价为草稿时可以更改</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sb::QuoteDocument</name>
    <message>
        <source>The font Noto Sans CJK SC is not installed, so quotes are set in %1 instead. Install the package fonts-noto-cjk for the intended look.</source>
        <translation>未安装 Noto Sans CJK SC 字体，报价单改用 %1 排版。安装 fonts-noto-cjk 软件包可获得预期效果。</translation>
    </message>
    <message>
        <source>No font with Chinese characters is installed: Chinese text in quotes will show as empty boxes. Install the package fonts-noto-cjk.</source>
        <translation>未安装含中文字符的字体：报价单中的中文将显示为空框。请安装 fonts-noto-cjk 软件包。</translation>
    </message>
    <message>
        <source>The document could not be started: the file or printer refused it.</source>
        <translation>无法开始生成文档：文件或打印机拒绝了请求。</translation>
    </message>
    <message>
        <source>Page %1 could not be started.</source>
        <translation>无法开始第 %1 页。</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>无法完成文档。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>无法将 PDF 写入 %1。</translation>
    </message>
</context>
<context>
    <name>sb::QuoteDocumentBar</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Send to customer…</source>
        <translation>发送给客户…</translation>
    </message>
    <message>
        <source>The language of the printed quote and of the message to the customer</source>
        <translation>打印报价单和给客户邮件所用的语言</translation>
    </message>
    <message>
        <source>Print the quote (Ctrl+P)</source>
        <translation>打印报价单 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the quote as a PDF file</source>
        <translation>将报价单保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Open a message to the customer in your mail program with the quote attached</source>
        <translation>在您的邮件程序中打开一封附有报价单的给客户的邮件</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <source>SalesBridge quotes</source>
        <translation>SalesBridge 报价单</translation>
    </message>
    <message>
        <source>Choose a quote first.</source>
        <translation>请先选择一份报价单。</translation>
    </message>
    <message>
        <source>Quote %1 could not be printed: %2</source>
        <translation>报价单 %1 无法打印：%2</translation>
    </message>
    <message>
        <source>Print quote</source>
        <translation>打印报价单</translation>
    </message>
    <message>
        <source>The quote went to the printer.</source>
        <translation>报价单已发送到打印机。</translation>
    </message>
    <message>
        <source>Export quote as PDF</source>
        <translation>将报价单导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Quote %1 could not be exported: %2</source>
        <translation>报价单 %1 无法导出：%2</translation>
    </message>
    <message>
        <source>Quote %1 was saved as %2.</source>
        <translation>报价单 %1 已保存为 %2。</translation>
    </message>
    <message>
        <source>Quote %1 was not sent. %2</source>
        <translation>报价单 %1 未发送。%2</translation>
    </message>
    <message>
        <source>Quote %1 has no lines; there is nothing to send.</source>
        <translation>报价单 %1 没有明细行，没有可发送的内容。</translation>
    </message>
    <message>
        <source>The folder %1 could not be made, so the quote was not sent. Choose another folder in Settings → Documents.</source>
        <translation>无法创建文件夹 %1，报价单未发送。请在“设置 → 文档”中选择其他文件夹。</translation>
    </message>
    <message>
        <source>Quote %1 was not sent: %2</source>
        <translation>报价单 %1 未发送：%2</translation>
    </message>
    <message>
        <source>%1 has no contact with an e-mail address: fill in the recipient in your mail program.</source>
        <translation>%1 没有带电子邮件地址的联系人：请在邮件程序中填写收件人。</translation>
    </message>
    <message>
        <source>Quote %1 is in your mail program with %2 attached; it is logged on %3&apos;s timeline.</source>
        <translation>报价单 %1 已在您的邮件程序中，附件为 %2；已记录在 %3 的时间线上。</translation>
    </message>
    <message>
        <source>Quote %1 was handed over, but could not be logged as sent: %2</source>
        <translation>报价单 %1 已交给邮件程序，但无法记录为已发送：%2</translation>
    </message>
    <message>
        <source>Quote saved, not mailed</source>
        <translation>报价单已保存，未发送邮件</translation>
    </message>
    <message>
        <source>Quote %1 could not be handed to a mail program. %2</source>
        <translation>报价单 %1 无法交给邮件程序。%2</translation>
    </message>
    <message>
        <source>The PDF is saved as %1. The message text is on the clipboard.</source>
        <translation>PDF 已保存为 %1。邮件正文已复制到剪贴板。</translation>
    </message>
    <message>
        <source>The PDF is saved as %1. Attach it to a message to %2; the message text is on the clipboard.</source>
        <translation>PDF 已保存为 %1。请将其附加到发给 %2 的邮件中；邮件正文已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>Once you have mailed the PDF yourself: log it on the timeline and mark the quote as sent</source>
        <translation>您自己寄出 PDF 后：在时间线上记录并将报价单标记为已发送</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>无法打开文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>sb::QuoteDocumentSource</name>
    <message>
        <source>This quote is no longer in the workspace.</source>
        <translation>此报价单已不在工作区中。</translation>
    </message>
</context>
<context>
    <name>sb::QuoteEditor</name>
    <message>
        <source>Add line</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Select a quote in the list, or press Ctrl+N to start a new one.</source>
        <translation>在列表中选择报价单，或按 Ctrl+N 新建报价单。</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Save the lines (Ctrl+S)</source>
        <translation>保存明细（Ctrl+S）</translation>
    </message>
    <message>
        <source>Send the quote to %1 for approval</source>
        <translation>将报价单提交给 %1 审批</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>生成订单</translation>
    </message>
    <message>
        <source>Hand the approved quote to the ERP as a sales order</source>
        <translation>将已批准的报价单作为销售订单提交到 ERP</translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s approval since %2.</source>
        <translation>等待 %1 审批（%2 提交）。</translation>
    </message>
    <message>
        <source>Rejected by %1 %2: “%3”. Change the lines and submit again.</source>
        <translation>已被 %1 驳回（%2）：“%3”。请修改报价明细后重新提交。</translation>
    </message>
    <message>
        <source>Approved by %1 %2.</source>
        <translation>已由 %1 批准（%2）。</translation>
    </message>
    <message>
        <source>Approved by %1 %2: “%3”.</source>
        <translation>已由 %1 批准（%2）：“%3”。</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>成本未知</translation>
    </message>
    <message>
        <source>The margin needs the cost of every product on the quote.</source>
        <translation>计算毛利率需要报价单上每个产品的成本。</translation>
    </message>
    <message>
        <source>Below %1%: the approver will look hard at this discount.</source>
        <translation>低于 %1%：审批人会严格审核此折扣。</translation>
    </message>
    <message>
        <source>Quote %1 was sent to %2 for approval.</source>
        <translation>报价单 %1 已提交给 %2 审批。</translation>
    </message>
    <message>
        <source>The order is on its way to the ERP (see Pending changes)</source>
        <translation>订单正在发往 ERP（见“待同步更改”）</translation>
    </message>
    <message>
        <source>Quote %1 goes to the ERP as an order with the next sync; the order appears here once the ERP has confirmed it.</source>
        <translation>报价单 %1 将在下次同步时作为订单发往 ERP；ERP 确认后订单会显示在这里。</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Take the approval request back; the quote becomes a draft again</source>
        <translation>撤回审批申请；报价单重新变为草稿</translation>
    </message>
    <message>
        <source>Waiting at %1 for %2 since %3.</source>
        <translation>自 %3 起在“%1”等待 %2 处理。</translation>
    </message>
    <message>
        <source>Waiting for approval since %1.</source>
        <translation>自 %1 起等待审批。</translation>
    </message>
    <message>
        <source>The withdrawal was not taken: %1</source>
        <translation>撤回未生效：%1</translation>
    </message>
    <message>
        <source>Your withdrawal waits to be sent with the next sync.</source>
        <translation>您的撤回将在下次同步时发送。</translation>
    </message>
    <message>
        <source>The approval request was withdrawn %1. Submit the quote again when it is ready.</source>
        <translation>审批申请已于%1撤回。准备好后请重新提交报价单。</translation>
    </message>
    <message>
        <source>Approval revoked %1: the quote needs a new approval before it can become an order.</source>
        <translation>审批已于%1撤销：该报价单需要重新审批后才能生成订单。</translation>
    </message>
    <message>
        <source>Withdraw approval request</source>
        <translation>撤回审批申请</translation>
    </message>
    <message>
        <source>Withdraw the approval request of quote %1?</source>
        <translation>撤回报价单 %1 的审批申请？</translation>
    </message>
    <message>
        <source>The approver no longer sees it, and the quote becomes a draft you can change and submit again.</source>
        <translation>审批人将不再看到该申请，报价单变为草稿，您可以修改后重新提交。</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>The approval request of quote %1 was withdrawn.</source>
        <translation>报价单 %1 的审批申请已撤回。</translation>
    </message>
    <message>
        <source>The withdrawal of quote %1&apos;s approval request goes to the OA system with the next sync.</source>
        <translation>报价单 %1 审批申请的撤回将在下次同步时发送到 OA 系统。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Quote %1 is now in %2. The prices were kept as typed, not converted: check them.</source>
        <translation>报价 %1 现在使用 %2。价格保持原样，未做换算：请核对。</translation>
    </message>
    <message>
        <source>Delete this draft quote (Delete in the list)</source>
        <translation>删除此草稿报价（在列表中按 Delete 键）</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>（尚无编号）</translation>
    </message>
</context>
<context>
    <name>sb::QuoteLinesModel</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Product #%1</source>
        <translation>产品 #%1</translation>
    </message>
    <message>
        <source>Margin %1%</source>
        <translation>毛利率 %1%</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>The quantity is not a number.</source>
        <translation>数量不是数字。</translation>
    </message>
    <message>
        <source>The unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>The unit price is not a number.</source>
        <translation>单价不是数字。</translation>
    </message>
    <message>
        <source>The discount is not a number.</source>
        <translation>折扣不是数字。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>sb::QuoteSending</name>
    <message>
        <source>This quote is still with its approver; it can be sent to the customer once it is approved.</source>
        <translation>此报价单仍在审批人处；批准后才能发送给客户。</translation>
    </message>
    <message>
        <source>This quote is already an order; send the order confirmation instead, or export the quote as a PDF.</source>
        <translation>此报价单已转为订单；请发送订单确认，或将报价单导出为 PDF。</translation>
    </message>
    <message>
        <source>A quote that is %1 is not sent to the customer: submit it for approval first. You can still print it or export it as a PDF.</source>
        <translation>状态为“%1”的报价单不会发送给客户：请先提交审批。您仍可打印或导出为 PDF。</translation>
    </message>
    <message>
        <source>To: %1
Attachment: %2</source>
        <translation>收件人：%1
附件：%2</translation>
    </message>
    <message>
        <source>Quote %1 sent</source>
        <translation>报价单 %1 已发送</translation>
    </message>
</context>
<context>
    <name>sb::QuoteStore</name>
    <message>
        <source>A quote that is %1 can no longer be edited.</source>
        <translation>状态为“%1”的报价单不能再编辑。</translation>
    </message>
    <message>
        <source>Only a draft quote can be submitted; this one is %1.</source>
        <translation>只能提交草稿状态的报价单；此报价单为“%1”。</translation>
    </message>
    <message>
        <source>Add at least one line before submitting the quote.</source>
        <translation>提交报价单前，请至少添加一条明细。</translation>
    </message>
    <message>
        <source>Quote %1 for %2</source>
        <translation>报价单 %1（%2）</translation>
    </message>
    <message>
        <source>Only an approved quote becomes an order; this one is %1.</source>
        <translation>只有已批准的报价单才能生成订单；此报价单为“%1”。</translation>
    </message>
    <message>
        <source>This request was already decided (%1).</source>
        <translation>此申请已处理（%1）。</translation>
    </message>
    <message>
        <source>Say why you reject the request: the requester reads it.</source>
        <translation>请说明驳回理由，申请人会看到。</translation>
    </message>
    <message>
        <source>The order for this quote is already on its way to the ERP.</source>
        <translation>此报价单的订单已在发往 ERP 的途中。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more line(s)</source>
        <translation>
            <numerusform>……另有 %n 条明细</numerusform>
        </translation>
    </message>
    <message>
        <source>This request has not reached the OA system yet; it can be decided there once it has.</source>
        <translation>此申请尚未到达 OA 系统；到达后才能审批。</translation>
    </message>
    <message>
        <source>Your decision on this request is already waiting to be sent.</source>
        <translation>您对此申请的审批意见已在等待发送。</translation>
    </message>
    <message>
        <source>Only a pending request can be withdrawn; this one is %1.</source>
        <translation>只能撤回待审批的申请；此申请为“%1”。</translation>
    </message>
    <message>
        <source>The withdrawal of this request is already waiting to be sent.</source>
        <translation>此申请的撤回已在等待发送。</translation>
    </message>
    <message>
        <source>The unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>The line total</source>
        <translation>明细金额</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>This quote was never approved, so it cannot become an order; submit it for approval first.</source>
        <translation>此报价单从未获批，不能生成订单；请先提交审批。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as CNY or USD.</source>
        <translation>“%1”不是有效的币种代码（如 CNY 或 USD）。</translation>
    </message>
    <message>
        <source>The currency of a quote that is %1 can no longer be changed.</source>
        <translation>状态为“%1”的报价不能再更改币种。</translation>
    </message>
    <message>
        <source>This quote is no longer in the workspace.</source>
        <translation>此报价已不在工作区中。</translation>
    </message>
    <message>
        <source>This quote is with its approver: withdraw the approval request first.</source>
        <translation>此报价正在审批中：请先撤回审批申请。</translation>
    </message>
    <message>
        <source>Only a draft or rejected quote can be deleted; this one is %1.</source>
        <translation>只能删除草稿或被驳回的报价；此报价为“%1”。</translation>
    </message>
</context>
<context>
    <name>sb::QuotesView</name>
    <message>
        <source>Create quote</source>
        <translation>创建报价单</translation>
    </message>
    <message>
        <source>Filter by quote number or customer</source>
        <translation>按报价单号或客户筛选</translation>
    </message>
    <message>
        <source>My quotes</source>
        <translation>我的报价单</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved, not ordered</source>
        <translation>已批准未下单</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>New quote for:</source>
        <translation>新建报价单，客户：</translation>
    </message>
    <message>
        <source>Choose the customer the quote is for.</source>
        <translation>请选择报价单所属的客户。</translation>
    </message>
    <message>
        <source>Delete quote</source>
        <translation>删除报价</translation>
    </message>
    <message>
        <source>Delete quote %1?</source>
        <translation>删除报价 %1？</translation>
    </message>
    <message>
        <source>Until the next sync the deletion can be undone in Pending changes.</source>
        <translation>下次同步前，可在“待发送更改”中撤销删除。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>The quote was deleted. Until the next sync, Pending changes can undo it.</source>
        <translation>报价已删除。下次同步前，可在“待发送更改”中撤销。</translation>
    </message>
</context>
<context>
    <name>sb::RecordApplier</name>
    <message>
        <source>Waiting for the %1 to reach the server first.</source>
        <translation>正在等待 %1 先同步到服务器。</translation>
    </message>
    <message>
        <source>The server sent a %1 whose %2 is unknown here.</source>
        <translation>服务器发来的 %1 所关联的 %2 在本机不存在。</translation>
    </message>
    <message>
        <source>This %1 exists twice here and both copies have changes; resolve one in the sync centre.</source>
        <translation>此 %1 记录在本机存在两份，且两份都有更改；请在“待同步更改”中处理其中一份。</translation>
    </message>
</context>
<context>
    <name>sb::RecordReader</name>
    <message>
        <source>This %1 no longer exists in the workspace.</source>
        <translation>此 %1 记录已不在工作区中。</translation>
    </message>
</context>
<context>
    <name>sb::ReminderBanner</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>关闭(&amp;M)</translation>
    </message>
    <message>
        <source>1 of %1</source>
        <translation>第 1 项，共 %1 项</translation>
    </message>
</context>
<context>
    <name>sb::ReminderNotifier</name>
    <message>
        <source>Task due at %1: %2</source>
        <translation>任务 %1 到期：%2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message numerus="yes">
        <source>due %n minute(s) ago</source>
        <translation>
            <numerusform>已于 %n 分钟前到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started %n minute(s) ago</source>
        <translation>
            <numerusform>已于 %n 分钟前开始</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders cannot be read: %1</source>
        <translation>无法读取提醒：%1</translation>
    </message>
    <message>
        <source>A reminder cannot be recorded: %1</source>
        <translation>无法记录提醒：%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ReplyBox</name>
    <message>
        <source>Reply to c&amp;ustomer</source>
        <translation>回复客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Internal comment</source>
        <translation>内部备注(&amp;I)</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>The service desk e-mails this to the customer</source>
        <translation>服务台会通过电子邮件将此内容发给客户</translation>
    </message>
    <message>
        <source>A note for colleagues; the customer does not see it</source>
        <translation>给同事的备注；客户看不到</translation>
    </message>
    <message>
        <source>Attach files to the reply (%1); up to 10 MB each, 25 MB together</source>
        <translation>为回复添加附件（%1）；每个文件不超过 10 MB，合计不超过 25 MB</translation>
    </message>
    <message>
        <source>Files going with the reply; Delete removes the selected one</source>
        <translation>随回复发送的文件；按 Delete 移除所选文件</translation>
    </message>
    <message>
        <source>Leave the selected file out of the reply (Delete)</source>
        <translation>从回复中移除所选文件（Delete）</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <source>Write to the customer (%1 sends it)</source>
        <translation>给客户写回复（%1 发送）</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Write an internal comment (%1 adds it)</source>
        <translation>写内部备注（%1 添加）</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n 个文件，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files to the reply</source>
        <translation>为回复添加附件</translation>
    </message>
    <message>
        <source>Leave the selected file out of the reply</source>
        <translation>从回复中移除所选文件</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>发送回复</translation>
    </message>
</context>
<context>
    <name>sb::RetentionSettingsBox</name>
    <message>
        <source>History kept in the workspace</source>
        <translation>工作区中保留的历史记录</translation>
    </message>
    <message>
        <source> entries</source>
        <translation> 条</translation>
    </message>
    <message>
        <source> changes</source>
        <translation> 项更改</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>Sync log: %1 days, at most %2 entries; sent changes: %3 days, at most %4</source>
        <translation>同步日志：%1 天，最多 %2 条；已发送的更改：%3 天，最多 %4 项</translation>
    </message>
    <message>
        <source>and at most</source>
        <translation>且最多</translation>
    </message>
    <message>
        <source>Keep the sync &amp;log for</source>
        <translation>同步日志保留(&amp;L)</translation>
    </message>
    <message>
        <source>Keep &amp;sent changes for</source>
        <translation>已发送的更改保留(&amp;S)</translation>
    </message>
    <message>
        <source>After each sync, older entries are removed so the workspace does not grow without end. Changes not sent yet are never removed. These limits apply to every workspace on this computer, from the next sync on.</source>
        <translation>每次同步后都会删除较旧的记录，使工作区不会无限增长。尚未发送的更改永远不会被删除。这些限制从下一次同步起适用于本计算机上的所有工作区。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>sb::Routing</name>
    <message>
        <source>&quot;%1&quot; on %2</source>
        <translation>%2 上的“%1”</translation>
    </message>
    <message>
        <source>%1 can go to %2: choose which system owns them (salesbridge route %3 SYSTEM, or Settings &gt; Connections).</source>
        <translation>%1 可以交给 %2：请选择由哪个系统负责（salesbridge route %3 系统，或“设置 &gt; 连接”）。</translation>
    </message>
</context>
<context>
    <name>sb::ScheduleDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation>开始时</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>提前 5 分钟</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>提前 15 分钟</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>提前 30 分钟</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>提前 1 小时</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>提前 1 天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>提前 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>提前 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>提前 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>f&amp;or</source>
        <translation>时长(&amp;O)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记为完成(&amp;D)</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>An address, a meeting room or a video link</source>
        <translation>地址、会议室或视频会议链接</translation>
    </message>
    <message>
        <source>Others: name@example.com, …</source>
        <translation>其他人：name@example.com, …</translation>
    </message>
    <message>
        <source>Agenda, what to bring…</source>
        <translation>议程、需携带的资料…</translation>
    </message>
    <message>
        <source>It took place: it moves from Coming up to the timeline</source>
        <translation>已进行：从“即将进行”移到时间线</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name or code</source>
        <translation>输入客户名称或编码</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>参与人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation>商机(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No contact of this customer has an e-mail address.</source>
        <translation>该客户的联系人都没有电子邮件地址。</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>请先选择客户。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>计划中的%1</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>截止(&amp;D)：</translation>
    </message>
    <message>
        <source>Cancel &amp;task</source>
        <translation>取消任务(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel &amp;meeting</source>
        <translation>取消会议(&amp;M)</translation>
    </message>
    <message>
        <source>Add a follow-up task</source>
        <translation>添加跟进任务</translation>
    </message>
    <message>
        <source>Schedule a %1</source>
        <translation>安排%1</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>您的当地时间：%1</translation>
    </message>
    <message>
        <source>Choose the customer this is for.</source>
        <translation>请选择此日程所属的客户。</translation>
    </message>
</context>
<context>
    <name>sb::SearchStore</name>
    <message>
        <source>PO %1</source>
        <translation>采购单 %1</translation>
    </message>
</context>
<context>
    <name>sb::ServiceStore</name>
    <message>
        <source>A ticket needs a subject.</source>
        <translation>工单必须填写主题。</translation>
    </message>
    <message>
        <source>Choose the customer the ticket is for.</source>
        <translation>请选择工单所属的客户。</translation>
    </message>
    <message>
        <source>The priority must be between 1 (low) and 4 (urgent).</source>
        <translation>优先级必须在 1（低）到 4（紧急）之间。</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>评论内容为空。</translation>
    </message>
    <message>
        <source>Unknown ticket status &quot;%1&quot;.</source>
        <translation>未知的工单状态“%1”。</translation>
    </message>
    <message>
        <source>The %1 of a ticket is not edited here.</source>
        <translation>工单的%1不在此处编辑。</translation>
    </message>
    <message>
        <source>A reply goes to the customer or stays an internal comment; &quot;%1&quot; is neither.</source>
        <translation>回复要么发给客户，要么作为内部备注；“%1”两者都不是。</translation>
    </message>
    <message>
        <source>Write something or attach a file before sending.</source>
        <translation>发送前请填写内容或添加附件。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2; a file attached to a ticket can be at most %3.</source>
        <translation>文件“%1”大小为 %2；工单附件每个不能超过 %3。</translation>
    </message>
    <message>
        <source>The files come to %1 together; one reply can carry at most %2. Send them in more than one reply.</source>
        <translation>这些文件合计 %1；一次回复最多只能附带 %2。请分几次回复发送。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <source>Say in a few words why the ticket becomes an ERP complaint.</source>
        <translation>请简要说明为何将此工单转为 ERP 投诉。</translation>
    </message>
    <message>
        <source>This ticket was escalated already: it is ERP complaint %1.</source>
        <translation>此工单已升级：对应 ERP 投诉 %1。</translation>
    </message>
    <message>
        <source>The escalation of this ticket is already on its way to the ERP.</source>
        <translation>此工单的升级请求已在发往 ERP 的途中。</translation>
    </message>
    <message>
        <source>The due date &quot;%1&quot; is not a date.</source>
        <translation>截止日期“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>The due date is more than two years away; choose an earlier one or no due date.</source>
        <translation>截止日期超过两年之后；请选择更早的日期或不设截止日期。</translation>
    </message>
    <message>
        <source>The requestor must be one of the customer&apos;s contacts.</source>
        <translation>申请人必须是该客户的联系人之一。</translation>
    </message>
</context>
<context>
    <name>sb::ServiceView</name>
    <message>
        <source>Select a ticket, or press %1 to file one.</source>
        <translation>选择工单，或按 %1 新建工单。</translation>
    </message>
    <message>
        <source>Customer or ticket number</source>
        <translation>客户或工单号</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>Move the ticket on; the change is queued for the service desk</source>
        <translation>推进工单状态；更改将排队发送给服务台</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>New ticket, not sent yet · filed %1</source>
        <translation>新工单，尚未发送 · %1 提交</translation>
    </message>
    <message>
        <source>Ticket %1 · filed %2</source>
        <translation>工单 %1 · %2 提交</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>无描述。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the ticket (Delete in the list); undone from Pending changes until it is sent</source>
        <translation>删除工单（在列表中按 Delete 键）；发送前可在“待发送更改”中撤销</translation>
    </message>
    <message>
        <source>The ticket was saved.</source>
        <translation>工单已保存。</translation>
    </message>
    <message>
        <source>Delete ticket</source>
        <translation>删除工单</translation>
    </message>
    <message>
        <source>Delete the ticket &quot;%1&quot;? The deletion is sent with the next sync; until then it can be undone in Pending changes.</source>
        <translation>删除工单“%1”？删除将在下次同步时发送；在此之前可在“待发送更改”中撤销。</translation>
    </message>
    <message>
        <source>The ticket was deleted; the deletion goes with the next sync.</source>
        <translation>工单已删除；删除将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Escalate to ERP complaint…</source>
        <translation>升级为 ERP 投诉…</translation>
    </message>
    <message>
        <source>Open an ERP complaint for this ticket (%1); asks for the reason</source>
        <translation>为此工单创建 ERP 投诉（%1）；需填写原因</translation>
    </message>
    <message>
        <source>Edit the subject, description, priority, product, due date and requestor (Enter in the list)</source>
        <translation>编辑主题、描述、优先级、产品、截止日期和申请人（在列表中按 Enter）</translation>
    </message>
    <message>
        <source>Requestor</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>A deleted contact</source>
        <translation>已删除的联系人</translation>
    </message>
    <message>
        <source>Files up to %1 MB open here (Enter or double-click on a file).</source>
        <translation>不超过 %1 MB 的文件可在此打开（在文件上按 Enter 或双击）。</translation>
    </message>
    <message>
        <source>Attached files are listed only: no after-sales server is set up to download them from. Files written here open until they are sent.</source>
        <translation>附件仅列出：尚未设置可供下载的售后服务器。在此添加的文件在发送前可以打开。</translation>
    </message>
    <message>
        <source>Escalated to ERP complaint %1</source>
        <translation>已升级为 ERP 投诉 %1</translation>
    </message>
    <message>
        <source>This ticket is ERP complaint %1 already</source>
        <translation>此工单已是 ERP 投诉 %1</translation>
    </message>
    <message>
        <source>Escalation to an ERP complaint is queued; the complaint&apos;s number shows here once the ERP has opened it.</source>
        <translation>升级为 ERP 投诉的请求已排队；ERP 创建投诉后，投诉编号会显示在这里。</translation>
    </message>
    <message>
        <source>Escalate to ERP complaint</source>
        <translation>升级为 ERP 投诉</translation>
    </message>
    <message>
        <source>The ERP opens a complaint for this ticket (for a return, a credit note or a supplier claim).
Why, in a few words?</source>
        <translation>ERP 将为此工单创建投诉（用于退货、贷项通知单或供应商索赔）。
请简要说明原因：</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>The escalation is queued; the ERP opens the complaint with the next sync.</source>
        <translation>升级请求已排队；下次同步时 ERP 将创建投诉。</translation>
    </message>
    <message>
        <source>Open an ERP complaint for this ticket</source>
        <translation>为此工单创建 ERP 投诉</translation>
    </message>
    <message>
        <source>Delete the selected ticket</source>
        <translation>删除所选工单</translation>
    </message>
</context>
<context>
    <name>sb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The language and the role apply when SalesBridge starts next time.</source>
        <translation>语言和角色将在下次启动 SalesBridge 时生效。</translation>
    </message>
    <message>
        <source>Off (only when I press F5)</source>
        <translation>关闭（仅在按 F5 时同步）</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync as soon as the &amp;network comes back</source>
        <translation>网络恢复后立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Sync &amp;automatically:</source>
        <translation>自动同步(&amp;A)：</translation>
    </message>
    <message>
        <source>Changes you make are kept on this computer and sent with the next sync; F5 syncs at any time. The next automatic sync counts from the end of the last one.</source>
        <translation>您所做的更改保存在本机，并在下次同步时发送；随时可按 F5 同步。下一次自动同步从上一次同步结束时开始计时。</translation>
    </message>
    <message>
        <source>These settings apply to every workspace.</source>
        <translation>这些设置适用于所有工作区。</translation>
    </message>
    <message>
        <source>These settings apply to this workspace (%1).</source>
        <translation>这些设置仅适用于此工作区（%1）。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>服务器类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Configured servers</source>
        <translation>已配置的服务器</translation>
    </message>
    <message>
        <source>No server is configured for this workspace yet. Add your ERP to send the changes made here and to receive what changed there.</source>
        <translation>此工作区尚未配置服务器。添加您的 ERP 后，即可发送本机所做的更改，并接收 ERP 中的变化。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Forget this server and remove its password from the system keychain (Delete)</source>
        <translation>移除此服务器，并从系统钥匙串中删除其密码（Delete）</translation>
    </message>
    <message>
        <source>Change the address, user or password (Enter)</source>
        <translation>修改地址、用户或密码（Enter）</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain only, never in the workspace or the settings.</source>
        <translation>密码仅保存在系统钥匙串中，绝不会写入工作区或设置。</translation>
    </message>
    <message>
        <source>The server was removed, but its password could not be removed from the system keychain: %1</source>
        <translation>服务器已移除，但无法从系统钥匙串中删除其密码：%1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 at %2 was added.</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 at %2 was saved.</source>
        <translation>已保存 %1（%2）。</translation>
    </message>
    <message>
        <source>Remove server connection</source>
        <translation>移除服务器连接</translation>
    </message>
    <message>
        <source>Remove the connection to %1 at %2?</source>
        <translation>要移除与 %1（%2）的连接吗？</translation>
    </message>
    <message>
        <source>Records already in this workspace stay. Its password is removed from the system keychain.</source>
        <translation>工作区中已有的记录会保留。其密码将从系统钥匙串中删除。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>%1 at %2 was removed.</source>
        <translation>已移除 %1（%2）。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Your settings could not be written to %1. The disk may be full, or the folder may not be writable.

They apply until SalesBridge closes. Free some space and press Apply again to keep them.</source>
        <translation>无法将设置写入 %1。磁盘可能已满，或该文件夹不可写。

这些设置在 SalesBridge 关闭前有效。请腾出一些空间，然后再次点击“应用”以保存它们。</translation>
    </message>
</context>
<context>
    <name>sb::ShortcutHelpDialog</name>
    <message>
        <source>No shortcut matches.</source>
        <translation>没有匹配的快捷键。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter by action or key, e.g. &quot;sync&quot; or &quot;Ctrl+1&quot;</source>
        <translation>按操作或按键筛选，例如“同步”或“Ctrl+1”</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>sb::SyncEngine</name>
    <message>
        <source>Sync started</source>
        <translation>同步已开始</translation>
    </message>
    <message>
        <source>This kind of change (%1) cannot be sent to %2.</source>
        <translation>此类更改（%1）无法发送到 %2。</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>被服务器拒绝：%1</translation>
    </message>
    <message>
        <source>Changed on both sides: needs a decision</source>
        <translation>双方都有修改：需要您作出决定</translation>
    </message>
    <message>
        <source>No clear answer, will check: %1</source>
        <translation>未得到明确答复，将进行核实：%1</translation>
    </message>
    <message>
        <source>Will retry: %1</source>
        <translation>将重试：%1</translation>
    </message>
    <message>
        <source>The record is no longer here.</source>
        <translation>该记录在本机已不存在。</translation>
    </message>
    <message>
        <source>The server asked to start over; reading everything again</source>
        <translation>服务器要求从头开始；正在重新读取全部数据</translation>
    </message>
    <message>
        <source>%1: the server keeps refusing to continue; try again later</source>
        <translation>%1：服务器一直拒绝继续；请稍后再试</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the server sent the same page again; stopped to avoid a loop</source>
        <translation>%1：服务器重复发送了同一页数据；为避免死循环已停止</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 refused, %3 to retry, %4 received, %5 deleted, %6 conflicts</source>
        <translation>同步完成：已发送 %1，被拒绝 %2，待重试 %3，已接收 %4，已删除 %5，冲突 %6</translation>
    </message>
    <message>
        <source>The record was deleted together with the record it belonged to.</source>
        <translation>该记录已随其所属的记录一起被删除。</translation>
    </message>
    <message>
        <source>Waiting for %1, which the server refused: %2</source>
        <translation>等待%1，但服务器拒绝了它：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n more kind(s) of record from this server wait for the next sync</source>
        <translation>
            <numerusform>此服务器的另外 %n 类记录等待下次同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from the server wait for the record they belong to, which the server has not sent (for example %1). They are kept and go in when it comes.</source>
        <translation>
            <numerusform>%n 条来自服务器的记录在等待它所属的记录，而服务器尚未发送该记录（例如 %1）。这些记录会保留下来，所属记录到达后即写入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>This server does not take the command &quot;%1&quot; on %2.</source>
        <translation>此服务器不接受对%2执行“%1”命令。</translation>
    </message>
    <message>
        <source>Waiting for the %1 to reach the server first.</source>
        <translation>正在等待%1先到达服务器。</translation>
    </message>
    <message>
        <source>This server takes %1 one at a time.</source>
        <translation>此服务器只能逐条接收%1。</translation>
    </message>
    <message>
        <source>The server answered %1 records for a batch of %2.</source>
        <translation>服务器对 %2 条的批次返回了 %1 条记录。</translation>
    </message>
    <message numerus="yes">
        <source>A batch of %n change(s) was not taken as a whole (%1); sending them one at a time.</source>
        <translation>
            <numerusform>一批 %n 项更改未被整体接受（%1）；改为逐条发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No clear answer for a batch of %n change(s), will check: %1</source>
        <translation>
            <numerusform>一批 %n 项更改未得到明确答复，将进行核对：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will retry a batch of %n change(s): %1</source>
        <translation>
            <numerusform>将重试一批 %n 项更改：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>This sync checks for records deleted on the servers, as asked</source>
        <translation>本次同步按要求检查服务器上已删除的记录</translation>
    </message>
    <message>
        <source>This sync checks for records deleted on the servers (due)</source>
        <translation>本次同步检查服务器上已删除的记录（已到期）</translation>
    </message>
    <message>
        <source>The check for deleted records did not finish; the next sync checks again</source>
        <translation>已删除记录的检查未完成；下次同步时会再检查</translation>
    </message>
    <message>
        <source>Checked for deleted records: %1 records in %2 s, %3 removed</source>
        <translation>已检查已删除的记录：%1 条记录，用时 %2 秒，移除 %3 条</translation>
    </message>
    <message>
        <source>Old sync history could not be removed: %1</source>
        <translation>无法删除旧的同步历史：%1</translation>
    </message>
</context>
<context>
    <name>sb::SyncRunner</name>
    <message>
        <source>Cannot open the workspace for syncing: %1</source>
        <translation>无法打开工作区进行同步：%1</translation>
    </message>
    <message>
        <source>No server is configured to sync with.</source>
        <translation>未配置可同步的服务器。</translation>
    </message>
    <message numerus="yes">
        <source>Back online: %n change(s) that waited for the network go now.</source>
        <translation>
            <numerusform>网络已恢复：现在发送等待网络的 %n 项更改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::SyncStatusIndicator</name>
    <message>
        <source>Cancel sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <source>Cancelling sync…</source>
        <translation>正在取消同步…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sending changes… %1</source>
        <translation>正在发送更改… %1</translation>
    </message>
    <message>
        <source>Syncing %1 records… %2</source>
        <translation>正在同步%1记录… %2</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>同步已取消</translation>
    </message>
    <message>
        <source>Synced at %1: %2</source>
        <translation>已于 %1 同步：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>已发送 %1</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>已接收 %1</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>被拒绝 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to retry</source>
        <translation>待重试 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>未同步：%1</translation>
    </message>
</context>
<context>
    <name>sb::SystemStatusBadges</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1: %2 · last sync %3 · last success %4</source>
        <translation>%1：%2 · 上次同步 %3 · 上次成功 %4</translation>
    </message>
    <message>
        <source>    Last error: %1</source>
        <translation>    最近错误：%1</translation>
    </message>
    <message>
        <source>Click for the sync centre.</source>
        <translation>点击打开同步中心。</translation>
    </message>
</context>
<context>
    <name>sb::TicketDialog</name>
    <message>
        <source>New service ticket</source>
        <translation>新建服务工单</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name and pick it</source>
        <translation>输入客户名称并从列表中选择</translation>
    </message>
    <message>
        <source>Optional: product code or name</source>
        <translation>可选：产品编码或名称</translation>
    </message>
    <message>
        <source>Optional: from the type plate</source>
        <translation>可选：见设备铭牌</translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation>简要描述问题</translation>
    </message>
    <message>
        <source>What the customer reports, when it started, what was tried</source>
        <translation>客户反映的问题、开始时间、已尝试的处理方法</translation>
    </message>
    <message>
        <source>File ticket</source>
        <translation>提交工单</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;erial number</source>
        <translation>序列号(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>优先级(&amp;R)</translation>
    </message>
    <message>
        <source>Pick the product from the list, or clear the field.</source>
        <translation>请从列表中选择产品，或清空此字段。</translation>
    </message>
    <message>
        <source>Edit ticket</source>
        <translation>编辑工单</translation>
    </message>
    <message>
        <source>Edit ticket %1</source>
        <translation>编辑工单 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;No due date</source>
        <translation>无截止日期(&amp;N)</translation>
    </message>
    <message>
        <source>When the customer should have an answer; at most two years away</source>
        <translation>客户应在何时得到答复；最多两年之后</translation>
    </message>
    <message>
        <source>The customer&apos;s contact who asked; the service desk answers this person</source>
        <translation>提出请求的客户联系人；服务台将答复此人</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>截止日期(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;questor</source>
        <translation>申请人(&amp;Q)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sb::TicketTimeline</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Written here; goes to the service desk with the next sync</source>
        <translation>在此填写；下次同步时发送到服务台</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2 — Enter or double-click opens it</source>
        <translation>%1 · %2 — 按 Enter 或双击打开</translation>
    </message>
    <message>
        <source>%1 · not sent yet — Enter or double-click opens it</source>
        <translation>%1 · 尚未发送 — 按 Enter 或双击打开</translation>
    </message>
</context>
<context>
    <name>sb::TrytonConnector</name>
    <message>
        <source>The ERP connection does not serve %1.</source>
        <translation>ERP 连接不提供%1。</translation>
    </message>
    <message>
        <source>Unknown record type.</source>
        <translation>未知的记录类型。</translation>
    </message>
    <message>
        <source>The ERP&apos;s reply to the create could not be read.</source>
        <translation>无法读取 ERP 对新建请求的响应。</translation>
    </message>
    <message>
        <source>The ERP keeps contacts as phone numbers and e-mail addresses: add one.</source>
        <translation>ERP 以电话号码和电子邮件地址保存联系人：请至少添加一项。</translation>
    </message>
    <message>
        <source>The contact no longer exists in the ERP.</source>
        <translation>该联系人在 ERP 中已不存在。</translation>
    </message>
    <message>
        <source>The ERP has no complaint types: ask its administrator to add one.</source>
        <translation>ERP 中没有投诉类型：请联系 ERP 管理员添加。</translation>
    </message>
    <message>
        <source>Main line</source>
        <translation>总机</translation>
    </message>
    <message>
        <source>Opportunity %1</source>
        <translation>商机 %1</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>The record no longer exists in the ERP.</source>
        <translation>该记录在 ERP 中已不存在。</translation>
    </message>
    <message>
        <source>This information is kept in the ERP; change it there.</source>
        <translation>此信息由 ERP 管理，请在 ERP 中修改。</translation>
    </message>
    <message>
        <source>In the ERP this deal already has a quote (state &quot;%1&quot;): cancel or confirm that quote there.</source>
        <translation>ERP 中该商机已有报价单（状态“%1”）：请在 ERP 中取消或确认该报价单。</translation>
    </message>
    <message>
        <source>An order reaches the ERP from its quote; this quote is not in the ERP.</source>
        <translation>订单须由报价单生成；此报价单尚未进入 ERP。</translation>
    </message>
    <message numerus="yes">
        <source>the ERP holds %n party record(s).</source>
        <translation>
            <numerusform>ERP 中有 %n 条往来单位记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ERP has no payment terms called &quot;%1&quot;, and no payment terms at all.</source>
        <translation>ERP 中没有名为“%1”的付款条件，也没有任何付款条件。</translation>
    </message>
    <message>
        <source>The ERP has no payment terms called &quot;%1&quot;; it has: %2.</source>
        <translation>ERP 中没有名为“%1”的付款条件；现有：%2。</translation>
    </message>
    <message>
        <source>The ERP has no currency %1: ask its administrator to add it, or quote in another currency.</source>
        <translation>ERP 中没有币种 %1：请联系 ERP 管理员添加，或改用其他币种报价。</translation>
    </message>
    <message>
        <source>Escalated from an after-sales ticket.</source>
        <translation>由售后工单升级而来。</translation>
    </message>
    <message>
        <source>Escalated from after-sales ticket %1.</source>
        <translation>由售后工单 %1 升级而来。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>The ERP refused the complaint: %1</source>
        <translation>ERP 拒绝了该投诉：%1</translation>
    </message>
    <message>
        <source>This ticket is already a complaint in the ERP (%1).</source>
        <translation>此工单在 ERP 中已是投诉（%1）。</translation>
    </message>
    <message>
        <source>The ERP does not know this ticket&apos;s customer, and it files complaints per customer: the customer must be in the ERP first.</source>
        <translation>ERP 中没有此工单的客户，而投诉须按客户登记：请先将该客户同步到 ERP。</translation>
    </message>
    <message>
        <source>This ticket&apos;s customer is no longer in the ERP (archived or deleted there), so no complaint can be filed for it.</source>
        <translation>此工单的客户已不在 ERP 中（已归档或删除），因此无法为其登记投诉。</translation>
    </message>
    <message>
        <source>A record of the batch no longer exists in the ERP.</source>
        <translation>该批次中的一条记录在 ERP 中已不存在。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>sb::WarehouseAvailabilityModel</name>
    <message>
        <source>available now</source>
        <translation>现货可满足</translation>
    </message>
    <message>
        <source>available by forecast</source>
        <translation>按预计可满足</translation>
    </message>
    <message>
        <source>not enough</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>On hand plus what is expected in, minus what is promised out</source>
        <translation>现有库存加上预计入库，减去已承诺出库</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预计库存</translation>
    </message>
    <message>
        <source>For this quantity</source>
        <translation>能否满足此数量</translation>
    </message>
</context>
<context>
    <name>sb::WeekView</name>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Set in %1: %2</source>
        <translation>按 %1 时间设置：%2</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>地点：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n 位参与人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminder %n minute(s) before</source>
        <translation>
            <numerusform>提前 %n 分钟提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>◆ %1 %2</source>
        <translation>◆ %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>sb::WorkspaceHealth</name>
    <message>
        <source>%1 is not a SalesBridge workspace: it is not a database at all (another kind of file, or a workspace whose beginning was overwritten).</source>
        <translation>%1 不是 SalesBridge 工作区：它根本不是数据库（另一种文件，或开头已被覆盖的工作区）。</translation>
    </message>
    <message>
        <source>The workspace %1 is cut short: it ends inside its first page (%2 bytes).</source>
        <translation>工作区 %1 不完整：它在第一页内就结束了（%2 字节）。</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: its first page is unreadable.</source>
        <translation>工作区 %1 已损坏：无法读取其第一页。</translation>
    </message>
    <message>
        <source>The workspace %1 is cut short: it holds %2 bytes of the %3 it should have (the copy or the disk lost its end).</source>
        <translation>工作区 %1 不完整：应有 %3 字节，实际只有 %2 字节（复制过程或磁盘丢失了末尾部分）。</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>无法打开该文件</translation>
    </message>
    <message numerus="yes">
        <source>It still holds the settings of %n server(s), which a fresh workspace takes over, so the next sync fills it again.</source>
        <translation>
            <numerusform>其中仍保存着 %n 个服务器的设置，新工作区会接管这些设置，下一次同步将重新填充数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>It had no servers set up.</source>
        <translation>其中没有设置任何服务器。</translation>
    </message>
    <message>
        <source>No server settings could be read from it: set up the servers again in a fresh workspace.</source>
        <translation>无法从中读取任何服务器设置：请在新工作区中重新设置服务器。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here had not been sent yet: they cannot be carried safely and stay in the kept copy.</source>
        <translation>
            <numerusform>在此处做出的 %n 项更改尚未发送：它们无法安全转移，将保留在副本中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether changes made here were still unsent cannot be read; the kept copy holds whatever is left of them.</source>
        <translation>无法读取在此处做出的更改是否仍未发送；保留的副本中存有它们剩余的部分。</translation>
    </message>
    <message>
        <source>The damaged workspace could not be moved aside to %1 (the folder may be read-only); nothing was changed.</source>
        <translation>无法将损坏的工作区移到 %1（该文件夹可能为只读）；未做任何更改。</translation>
    </message>
    <message>
        <source>The damaged workspace was kept as %1, but a fresh one could not be created: %2</source>
        <translation>损坏的工作区已保留为 %1，但无法新建工作区：%2</translation>
    </message>
    <message>
        <source>The damaged workspace was kept as %1; the fresh one could not take over its server settings: %2</source>
        <translation>损坏的工作区已保留为 %1；新工作区无法接管其服务器设置：%2</translation>
    </message>
    <message>
        <source>The damaged workspace was kept as %1 (nothing was deleted). A fresh workspace took its place</source>
        <translation>损坏的工作区已保留为 %1（未删除任何内容）。新工作区已取而代之</translation>
    </message>
    <message numerus="yes">
        <source> with the settings of %n server(s); the next sync fills it again from them.</source>
        <translation>
            <numerusform>，并带有 %n 个服务器的设置；下一次同步将从这些服务器重新填充数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>; no server settings could be carried, so set up the servers again.</source>
        <translation>；无法转移任何服务器设置，请重新设置服务器。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) that had not been sent stay in the kept copy and were not sent.</source>
        <translation>
            <numerusform>%n 项尚未发送的更改保留在副本中，未被发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>SalesBridge cannot create the folder %1 for the workspace (a read-only or full disk, or no permission). Choose another place with --workspace, or free the disk.</source>
        <translation>SalesBridge 无法为工作区创建文件夹 %1（磁盘只读或已满，或没有权限）。请用 --workspace 选择其他位置，或腾出磁盘空间。</translation>
    </message>
    <message>
        <source>The workspace %1 is already open in another SalesBridge (%2). Only one SalesBridge at a time may work on a workspace, so that every change is sent to the servers exactly once. Switch to that window, or close it and try again.</source>
        <translation>工作区 %1 已在另一个 SalesBridge 中打开（%2）。同一时间只能有一个 SalesBridge 使用一个工作区，以确保每项更改只向服务器发送一次。请切换到那个窗口，或将其关闭后重试。</translation>
    </message>
    <message>
        <source>%1 The workspace %2 needs a folder SalesBridge may write in, for itself and its journal. Check the folder&apos;s permissions and free space, or choose another place with --workspace.</source>
        <translation>%1 工作区 %2 需要一个 SalesBridge 可以写入的文件夹，用于存放工作区及其日志文件。请检查该文件夹的权限和可用空间，或用 --workspace 选择其他位置。</translation>
    </message>
    <message>
        <source>The last SalesBridge on this workspace did not end cleanly and its journal (%1-wal) is missing: changes made in the minutes before that end may be lost; the next sync brings back what the servers have.</source>
        <translation>上一次在此工作区运行的 SalesBridge 未正常结束，且其日志文件（%1-wal）已丢失：结束前几分钟内做出的更改可能已丢失；下一次同步会取回服务器上已有的内容。</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: %2</source>
        <translation>工作区 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged; the check of the whole file found: %2</source>
        <translation>工作区 %1 已损坏；对整个文件的检查发现：%2</translation>
    </message>
</context>
<context>
    <name>sb::WorkspaceLock</name>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>%3 上的进程 %1（%2）</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>SalesBridge cannot write in the folder %1 (permission denied or a read-only disk).</source>
        <translation>SalesBridge 无法写入文件夹 %1（权限被拒绝或磁盘只读）。</translation>
    </message>
    <message>
        <source>SalesBridge cannot create the file %1 beside the workspace (the folder may be read-only, missing or the disk full).</source>
        <translation>SalesBridge 无法在工作区旁创建文件 %1（文件夹可能为只读或不存在，或磁盘已满）。</translation>
    </message>
</context>
<context>
    <name>sb::WorkspaceProblemDialog</name>
    <message>
        <source>The workspace is already open</source>
        <translation>工作区已被打开</translation>
    </message>
    <message>
        <source>SalesBridge cannot write the workspace</source>
        <translation>SalesBridge 无法写入工作区</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <source>SalesBridge cannot open the workspace</source>
        <translation>SalesBridge 无法打开工作区</translation>
    </message>
    <message>
        <source>Keep a copy and start fresh: the damaged file and its journal are moved aside (named %1.damaged- and the time), nothing is deleted, and a fresh workspace syncs again from the servers.</source>
        <translation>保留副本并重新开始：损坏的文件及其日志文件会被移到一旁（命名为 %1.damaged- 加上时间），不会删除任何内容，新工作区将从服务器重新同步。</translation>
    </message>
    <message>
        <source>Keep a Copy and Start Fresh</source>
        <translation>保留副本并重新开始</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>A fresh workspace</source>
        <translation>新工作区</translation>
    </message>
</context>
<context>
    <name>sb::caldav::CalDav</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No password is stored for the calendar connection: enter it in Settings &gt; Connections.</source>
        <translation>日历连接未保存密码：请在“设置 &gt; 连接”中输入。</translation>
    </message>
    <message>
        <source>The calendar server refused the password of %1: sign in again (enter the password in Settings &gt; Connections).</source>
        <translation>日历服务器拒绝了 %1 的密码：请重新登录（在“设置 &gt; 连接”中输入密码）。</translation>
    </message>
    <message>
        <source>The calendar server does not let %1 use this calendar: check the calendar&apos;s address and the rights on it.</source>
        <translation>日历服务器不允许 %1 使用此日历：请检查日历地址及其访问权限。</translation>
    </message>
    <message>
        <source>The calendar server sent the request elsewhere (HTTP %1): check the calendar&apos;s address in Settings &gt; Connections.</source>
        <translation>日历服务器将请求转到了别处（HTTP %1）：请在“设置 &gt; 连接”中检查日历地址。</translation>
    </message>
    <message>
        <source>The calendar server&apos;s answer is not a WebDAV multistatus.</source>
        <translation>日历服务器的响应不是 WebDAV multistatus。</translation>
    </message>
    <message>
        <source>The calendar server&apos;s answer could not be read (%1).</source>
        <translation>无法读取日历服务器的响应（%1）。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>The calendar keeps meetings and tasks, not %1 records.</source>
        <translation>日历只保存会议和任务，不保存%1记录。</translation>
    </message>
    <message>
        <source>The calendar item %1 cannot be read: %2</source>
        <translation>无法读取日历项 %1：%2</translation>
    </message>
    <message>
        <source>The item is no longer in the calendar.</source>
        <translation>该项已不在日历中。</translation>
    </message>
    <message>
        <source>The meeting was changed in the calendar since it was last read.</source>
        <translation>自上次读取以来，该会议已在日历中被修改。</translation>
    </message>
    <message>
        <source>The calendar server&apos;s answer carries no sync token.</source>
        <translation>日历服务器的响应中没有同步令牌。</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar item(s) could not be read and were left out: %1</source>
        <translation>
            <numerusform>有 %n 个日历项无法读取，已略过：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar no longer knows the last sync position; it is read again in full.</source>
        <translation>日历已不认识上次的同步位置；将重新完整读取。</translation>
    </message>
    <message>
        <source>A meeting is filed in the calendar under its change&apos;s key, and this change has none.</source>
        <translation>会议在日历中按其更改的键保存，而此更改没有键。</translation>
    </message>
    <message>
        <source>The calendar item %1 cannot be read, so it is not changed: %2</source>
        <translation>无法读取日历项 %1，因此未作更改：%2</translation>
    </message>
    <message>
        <source>The calendar server did not describe the address.</source>
        <translation>日历服务器没有返回该地址的描述。</translation>
    </message>
    <message>
        <source>%1 is not a calendar: give the address of the calendar itself (it ends in its name and a slash).</source>
        <translation>%1 不是日历：请填写日历本身的地址（以日历名称和斜杠结尾）。</translation>
    </message>
    <message>
        <source>CalDAV calendar &quot;%1&quot; at %2, signed in as %3.</source>
        <translation>CalDAV 日历“%1”，位于 %2，登录用户 %3。</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>The activity has no type.</source>
        <translation>活动没有类型。</translation>
    </message>
    <message>
        <source>The activity has no valid date and time.</source>
        <translation>活动没有有效的日期和时间。</translation>
    </message>
    <message>
        <source>The calendar item holds no event or task.</source>
        <translation>该日历项不含事件或任务。</translation>
    </message>
    <message>
        <source>The calendar item&apos;s date and time cannot be read.</source>
        <translation>无法读取该日历项的日期和时间。</translation>
    </message>
    <message>
        <source>The calendar item has no date and time.</source>
        <translation>该日历项没有日期和时间。</translation>
    </message>
    <message>
        <source>The calendar item is empty.</source>
        <translation>该日历项为空。</translation>
    </message>
    <message>
        <source>The calendar item is not iCalendar data.</source>
        <translation>该日历项不是 iCalendar 数据。</translation>
    </message>
    <message>
        <source>The calendar item is not a VCALENDAR.</source>
        <translation>该日历项不是 VCALENDAR。</translation>
    </message>
</context>
<context>
    <name>sb::feishu::Op</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The OA system asks to slow down; trying again later.</source>
        <translation>OA 系统要求降低请求频率；稍后重试。</translation>
    </message>
    <message>
        <source>The OA system had an internal error; trying again later.</source>
        <translation>OA 系统发生内部错误；稍后重试。</translation>
    </message>
    <message>
        <source>The OA system has no approval definition with this code: check it in Settings &gt; Connections.</source>
        <translation>OA 系统中没有此编码的审批定义：请在“设置 &gt; 连接”中检查。</translation>
    </message>
    <message>
        <source>The approval definition is not active in the OA system; its administrator must enable it.</source>
        <translation>该审批定义在 OA 系统中未启用；需由其管理员启用。</translation>
    </message>
    <message>
        <source>The approval is no longer in the OA system.</source>
        <translation>该审批已不在 OA 系统中。</translation>
    </message>
    <message>
        <source>The OA system does not know the user id in Settings &gt; Connections.</source>
        <translation>OA 系统不认识“设置 &gt; 连接”中的用户 ID。</translation>
    </message>
    <message>
        <source>The OA system does not let you do this: it is not your approval task.</source>
        <translation>OA 系统不允许此操作：这不是您的审批任务。</translation>
    </message>
    <message>
        <source>The approval task is no longer waiting for a decision.</source>
        <translation>该审批任务已不再等待处理。</translation>
    </message>
    <message>
        <source>The OA app lacks the permission for approvals; its administrator must grant it.</source>
        <translation>OA 应用缺少审批权限；需由其管理员授予。</translation>
    </message>
    <message>
        <source>The OA system does not accept the app&apos;s credentials: check the app id and secret.</source>
        <translation>OA 系统不接受该应用的凭据：请检查 App ID 和密钥。</translation>
    </message>
    <message>
        <source>The OA system reported an error (HTTP %1).</source>
        <translation>OA 系统报告错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>The OA system refused the request.</source>
        <translation>OA 系统拒绝了该请求。</translation>
    </message>
    <message>
        <source>The OA system could not be reached for a sign-in: %1</source>
        <translation>无法连接 OA 系统进行登录：%1</translation>
    </message>
    <message>
        <source>The OA system refused the app id and secret (%1 %2): check them in Settings &gt; Connections.</source>
        <translation>OA 系统拒绝了 App ID 和密钥（%1 %2）：请在“设置 &gt; 连接”中检查。</translation>
    </message>
    <message>
        <source>No app secret is stored for the OA connection: enter it in Settings &gt; Connections.</source>
        <translation>尚未保存 OA 连接的应用密钥：请在“设置 &gt; 连接”中输入。</translation>
    </message>
    <message>
        <source>The OA system does not keep %1 records.</source>
        <translation>OA 系统不保存“%1”记录。</translation>
    </message>
    <message>
        <source>The approvals&apos; sync position could not be read; the approvals are read again.</source>
        <translation>无法读取审批的同步位置；将重新读取审批。</translation>
    </message>
    <message>
        <source>Only a pending request can be submitted to the OA system.</source>
        <translation>只能向 OA 系统提交待审批的申请。</translation>
    </message>
    <message>
        <source>Enter your OA user id in Settings &gt; Connections to submit approvals.</source>
        <translation>请在“设置 &gt; 连接”中输入您的 OA 用户 ID 以提交审批。</translation>
    </message>
    <message>
        <source>An approval changes in the OA system only by its decisions: approve, reject or withdraw it.</source>
        <translation>OA 系统中的审批只能通过审批操作改变：同意、驳回或撤回。</translation>
    </message>
    <message>
        <source>An approval cannot be deleted from the OA system; withdraw it instead.</source>
        <translation>无法从 OA 系统删除审批；请改为撤回。</translation>
    </message>
    <message>
        <source>The request has not reached the OA system yet.</source>
        <translation>该申请尚未到达 OA 系统。</translation>
    </message>
    <message>
        <source>The request can no longer be withdrawn.</source>
        <translation>该申请已无法撤回。</translation>
    </message>
    <message>
        <source>Your decision was not applied: the request no longer waits for you.</source>
        <translation>您的审批意见未生效：该申请已不再等待您处理。</translation>
    </message>
    <message numerus="yes">
        <source>Feishu approval &quot;%1&quot; (%2), %n step(s).</source>
        <translation>
            <numerusform>飞书审批“%1”（%2），共 %n 个节点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n approval task(s) waiting.</source>
        <translation>
            <numerusform>%1 有 %n 个待处理的审批任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>The approval was deleted in the OA system.</source>
        <translation>该审批已在 OA 系统中被删除。</translation>
    </message>
    <message>
        <source>It waits for %1 at &quot;%2&quot;.</source>
        <translation>正在等待 %1 在“%2”节点处理。</translation>
    </message>
    <message>
        <source>Approved by %1 at %2.</source>
        <translation>已由 %1 于 %2 批准。</translation>
    </message>
    <message>
        <source>Approved by %1 at %2: &quot;%3&quot;</source>
        <translation>已由 %1 于 %2 批准：“%3”</translation>
    </message>
    <message>
        <source>Rejected by %1 at %2.</source>
        <translation>已由 %1 于 %2 驳回。</translation>
    </message>
    <message>
        <source>Rejected by %1 at %2: &quot;%3&quot;</source>
        <translation>已由 %1 于 %2 驳回：“%3”</translation>
    </message>
    <message>
        <source>The approval was revoked by %1 at %2.</source>
        <translation>该审批已由 %1 于 %2 撤销。</translation>
    </message>
    <message>
        <source>Withdrawn by %1 at %2.</source>
        <translation>已由 %1 于 %2 撤回。</translation>
    </message>
    <message>
        <source>Transferred by %1 at %2.</source>
        <translation>已由 %1 于 %2 转交。</translation>
    </message>
    <message>
        <source>The approval is %1 in the OA system.</source>
        <translation>该审批在 OA 系统中的状态为 %1。</translation>
    </message>
</context>
<context>
    <name>sb::rt::Op</name>
    <message>
        <source>This file has no number in Request Tracker.</source>
        <translation>该文件在 Request Tracker 中没有编号。</translation>
    </message>
    <message>
        <source>Request Tracker no longer has this file.</source>
        <translation>Request Tracker 中已没有该文件。</translation>
    </message>
    <message>
        <source>The file is %1, above the %2 that open here: open it in Request Tracker.</source>
        <translation>该文件大小为 %1，超过此处可打开的 %2：请在 Request Tracker 中打开。</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No token is stored for the Request Tracker connection: enter it in Settings &gt; Connections.</source>
        <translation>尚未保存 Request Tracker 连接的令牌：请在“设置 &gt; 连接”中输入。</translation>
    </message>
    <message>
        <source>Request Tracker does not let %1 do this: ask its administrator for the rights on the queue.</source>
        <translation>Request Tracker 不允许 %1 执行此操作：请向其管理员申请该队列的权限。</translation>
    </message>
    <message>
        <source>Request Tracker refused the token: sign in again (enter a new token in Settings &gt; Connections).</source>
        <translation>Request Tracker 拒绝了该令牌：请重新登录（在“设置 &gt; 连接”中输入新令牌）。</translation>
    </message>
    <message>
        <source>Request Tracker does not keep %1 records.</source>
        <translation>Request Tracker 不保存“%1”记录。</translation>
    </message>
    <message>
        <source>The tickets&apos; sync position could not be read; the tickets are read again.</source>
        <translation>无法读取工单的同步位置；将重新读取工单。</translation>
    </message>
    <message>
        <source>Request Tracker filed the ticket but did not say its number; it is looked up before anything is sent again.</source>
        <translation>Request Tracker 已登记工单但未返回编号；再次发送前会先查找。</translation>
    </message>
    <message>
        <source>Request Tracker keeps a ticket&apos;s history as it was written: a reply or comment cannot be changed there; add another.</source>
        <translation>Request Tracker 按原样保存工单记录：回复或备注无法修改；请另外添加一条。</translation>
    </message>
    <message>
        <source>Request Tracker keeps what a ticket was filed with (its description, product and serial number) as its first message, which cannot be changed: add a comment instead.</source>
        <translation>Request Tracker 将工单登记时的内容（描述、产品和序列号）保存为第一条消息，无法修改：请改为添加备注。</translation>
    </message>
    <message>
        <source>The ticket was changed in Request Tracker since it was last read.</source>
        <translation>自上次读取后，该工单已在 Request Tracker 中被修改。</translation>
    </message>
    <message>
        <source>The ticket was deleted in Request Tracker.</source>
        <translation>该工单已在 Request Tracker 中被删除。</translation>
    </message>
    <message>
        <source>Request Tracker refused a change: %1</source>
        <translation>Request Tracker 拒绝了一项更改：%1</translation>
    </message>
    <message>
        <source>Request Tracker keeps a ticket&apos;s history as it was written: an entry cannot be deleted there.</source>
        <translation>Request Tracker 按原样保存工单记录：记录无法删除。</translation>
    </message>
    <message>
        <source>Request Tracker %1, queue &quot;%2&quot;, signed in as %3.</source>
        <translation>Request Tracker %1，队列“%2”，登录用户 %3。</translation>
    </message>
    <message>
        <source>The ticket history&apos;s sync position could not be read; the history is read again.</source>
        <translation>无法读取工单记录的同步位置；将重新读取记录。</translation>
    </message>
    <message>
        <source>The ticket of this entry is not in Request Tracker.</source>
        <translation>此记录所属的工单不在 Request Tracker 中。</translation>
    </message>
    <message>
        <source>Waiting for the ticket&apos;s change to reach Request Tracker.</source>
        <translation>正在等待工单的更改到达 Request Tracker。</translation>
    </message>
    <message>
        <source>Request Tracker keeps no history entries of this kind (%1).</source>
        <translation>Request Tracker 不保存此类记录（%1）。</translation>
    </message>
    <message>
        <source>Request Tracker took the message but did not say where; it is looked up before anything is sent again.</source>
        <translation>Request Tracker 已接收消息但未返回位置；再次发送前会先查找。</translation>
    </message>
    <message>
        <source>Request Tracker took the message but does not show it; it is looked up before anything is sent again.</source>
        <translation>Request Tracker 已接收消息但未显示；再次发送前会先查找。</translation>
    </message>
    <message>
        <source>Request Tracker files a ticket under its customer&apos;s code, and this customer has none: give the customer a code first.</source>
        <translation>Request Tracker 按客户编码登记工单，而此客户没有编码：请先为客户设置编码。</translation>
    </message>
</context>
<context>
    <name>sb::tryton</name>
    <message>
        <source>The ERP refused the change.</source>
        <translation>ERP 拒绝了此更改。</translation>
    </message>
    <message>
        <source>The record was changed in the ERP since it was last synced.</source>
        <translation>自上次同步以来，该记录已在 ERP 中被修改。</translation>
    </message>
    <message>
        <source>The ERP asks for a password: enter it in Settings &gt; Connections.</source>
        <translation>ERP 需要密码：请在“设置 &gt; 连接”中输入。</translation>
    </message>
    <message>
        <source>The ERP database is busy; trying again later.</source>
        <translation>ERP 数据库繁忙，稍后将重试。</translation>
    </message>
    <message>
        <source>The ERP could not carry out the request (%1).</source>
        <translation>ERP 无法执行该请求（%1）。</translation>
    </message>
    <message>
        <source>The ERP did not confirm the order: it would take the customer over their credit limit. Ask finance to raise the limit or to collect a payment first. (ERP: %1)</source>
        <translation>ERP 未确认该订单：确认后客户将超出信用额度。请让财务提高额度，或先收回一笔货款。（ERP：%1）</translation>
    </message>
</context>
<context>
    <name>sb::tryton::Request</name>
    <message>
        <source>The connection to the ERP was closed.</source>
        <translation>与 ERP 的连接已关闭。</translation>
    </message>
    <message>
        <source>The ERP refused the session even after logging in again.</source>
        <translation>重新登录后 ERP 仍拒绝该会话。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>sb::tryton::RpcHttpCall</name>
    <message>
        <source>The ERP&apos;s reply could not be read.</source>
        <translation>无法读取 ERP 的响应。</translation>
    </message>
</context>
<context>
    <name>sb::tryton::Session</name>
    <message>
        <source>No password is stored for the ERP connection: enter it in Settings &gt; Connections.</source>
        <translation>未保存 ERP 连接的密码：请在“设置 &gt; 连接”中输入。</translation>
    </message>
    <message>
        <source>The ERP&apos;s reply to the login could not be read.</source>
        <translation>无法读取 ERP 对登录请求的响应。</translation>
    </message>
    <message>
        <source>The ERP did not send the user&apos;s preferences.</source>
        <translation>ERP 未发送该用户的偏好设置。</translation>
    </message>
    <message>
        <source>The ERP refused the user name or password for %1. Check them in Settings &gt; Connections.</source>
        <translation>ERP 拒绝了 %1 的用户名或密码。请在“设置 &gt; 连接”中检查。</translation>
    </message>
</context>
<context>
    <name>sb::validation</name>
    <message>
        <source>%1 of %2 is above the limit of %3; check the number of zeros.</source>
        <translation>%1 %2 超过了上限 %3；请检查零的个数。</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1不能为负数（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1不是数字。</translation>
    </message>
    <message>
        <source>The quantity must be above zero (not %1).</source>
        <translation>数量必须大于零（而不是 %1）。</translation>
    </message>
    <message>
        <source>A quantity of %1 is above the limit of %2; check the number of zeros.</source>
        <translation>数量 %1 超过了上限 %2；请检查零的个数。</translation>
    </message>
    <message>
        <source>A discount is between 0 and 100% (not %1%).</source>
        <translation>折扣必须在 0 到 100% 之间（而不是 %1%）。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation>“%1”不是有效的电子邮件地址（如 name@example.com）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (digits, spaces, +, -, parentheses and an extension such as &quot;ext 12&quot;).</source>
        <translation>“%1”不是有效的电话号码（可含数字、空格、+、-、括号及分机号，如“转12”）。</translation>
    </message>
    <message>
        <source>A probability is between 0 and 100% (not %1%).</source>
        <translation>赢单概率应在 0 到 100% 之间（而不是 %1%）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>A close date of %1 is more than ten years away; check the year.</source>
        <translation>预计成交日期 %1 与今天相差超过十年；请检查年份。</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>%1（%2）早于%3（%4）。</translation>
    </message>
</context>
</TS>
