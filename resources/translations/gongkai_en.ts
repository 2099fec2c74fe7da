<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../ui/qml/ChoicePage.qml" line="48"/>
        <source>暂无内容</source>
        <translation>Nothing here yet</translation>
    </message>
    <message>
        <location filename="../../ui/qml/ChoicePage.qml" line="136"/>
        <source>第 %1–%2 项，共 %3 项</source>
        <translation>Items %1–%2 of %3</translation>
    </message>
    <message>
        <location filename="../../ui/qml/ChoicePage.qml" line="138"/>
        <source>共 %1 项，已到最后</source>
        <translation>%1 items, end of the list</translation>
    </message>
</context>
<context>
    <name>CommentPage</name>
    <message>
        <location filename="../../ui/qml/CommentPage.qml" line="25"/>
        <source>我要提意见</source>
        <translation>Comment on this draft</translation>
    </message>
    <message>
        <location filename="../../ui/qml/CommentPage.qml" line="64"/>
        <source>写下您的意见（最多 %1 字；请不要写身份证号码和电话）</source>
        <translation>Write your comment (at most %1 characters; no ID or phone numbers, please)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/CommentPage.qml" line="74"/>
        <source>您的意见</source>
        <translation>Your comment</translation>
    </message>
    <message>
        <location filename="../../ui/qml/CommentPage.qml" line="78"/>
        <source>✓ 同意留下姓名电话，仅用于联系我</source>
        <translation>✓ I agree to leave my name and phone, only to be contacted</translation>
    </message>
    <message>
        <location filename="../../ui/qml/CommentPage.qml" line="78"/>
        <source>愿意留下姓名电话？点此同意（可不填）</source>
        <translation>Leave your name and phone? Tap to agree (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/CommentPage.qml" line="92"/>
        <source>姓名（不会公开）</source>
        <translation>Name (never published)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/CommentPage.qml" line="101"/>
        <source>电话（不会公开）</source>
        <translation>Phone (never published)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/CommentPage.qml" line="115"/>
        <source>提交意见</source>
        <translation>Send comment</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/qml/components/DateField.qml" line="78"/>
        <source>点此选择日期</source>
        <translation>Tap to choose a date</translation>
    </message>
    <message>
        <location filename="../../ui/qml/components/DateField.qml" line="136"/>
        <source>%1年%2月</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <location filename="../../ui/qml/components/DateField.qml" line="203"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/qml/components/DateField.qml" line="212"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../ui/qml/EligibilityPage.qml" line="17"/>
        <location filename="../../ui/qml/EligibilityPage.qml" line="39"/>
        <source>我能享受哪些政策</source>
        <translation>What am I entitled to?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/EligibilityPage.qml" line="56"/>
        <source>第 %1 题（最多 %2 题，每题都可以跳过）</source>
        <translation>Question %1 (at most %2, each can be skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/EligibilityPage.qml" line="129"/>
        <location filename="../../ui/qml/EligibilityPage.qml" line="335"/>
        <source>‹ 上一题</source>
        <translation>‹ Previous question</translation>
    </message>
    <message>
        <location filename="../../ui/qml/EligibilityPage.qml" line="136"/>
        <source>跳过这一题</source>
        <translation>Skip this question</translation>
    </message>
    <message>
        <location filename="../../ui/qml/EligibilityPage.qml" line="152"/>
        <source>选好了，下一题 ›</source>
        <translation>Done, next question ›</translation>
    </message>
    <message>
        <location filename="../../ui/qml/EligibilityPage.qml" line="249"/>
        <source>朗读</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../ui/qml/EligibilityPage.qml" line="279"/>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/qml/EligibilityPage.qml" line="280"/>
        <source>带什么</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <location filename="../../ui/qml/EligibilityPage.qml" line="281"/>
        <source>去哪里</source>
        <translation>Where to go</translation>
    </message>
    <message>
        <location filename="../../ui/qml/EligibilityPage.qml" line="282"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/qml/EligibilityPage.qml" line="343"/>
        <source>重新回答</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location filename="../../ui/qml/EligibilityPage.qml" line="348"/>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/qml/EligibilityPage.qml" line="356"/>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="43"/>
        <location filename="../../ui/qml/HomePage.qml" line="54"/>
        <source>紧急通知：</source>
        <translation>Urgent: </translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="14"/>
        <source>标准目录</source>
        <translation>Standard catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="14"/>
        <source>二十六个领域的公开事项</source>
        <translation>Disclosure items in 26 areas</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="15"/>
        <source>村务公开</source>
        <translation>Village notices</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="15"/>
        <source>党务、村务、财务、居务</source>
        <translation>Party, village, finance, community</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="16"/>
        <source>补贴查询</source>
        <translation>Subsidy payouts</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="16"/>
        <source>惠民惠农补贴“一卡通”</source>
        <translation>Farm and welfare subsidies</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="17"/>
        <source>政策解读</source>
        <translation>Policies explained</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="17"/>
        <source>政策文件和通俗解读</source>
        <translation>Policy documents in plain words</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="18"/>
        <source>申请公开</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="18"/>
        <source>怎么申请、带什么材料</source>
        <translation>How to apply, what to bring</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="19"/>
        <source>进度查询</source>
        <translation>Request status</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="19"/>
        <source>输入或扫描申请编号</source>
        <translation>Type or scan your request number</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="21"/>
        <source>留言评价</source>
        <translation>Ask &amp; rate</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="21"/>
        <source>提问题、评服务、草案提意见</source>
        <translation>Ask, rate, comment on drafts</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="189"/>
        <source>停止朗读</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="189"/>
        <source>朗读：听听本机怎么用</source>
        <translation>Read aloud: how to use this kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="216"/>
        <source>数据可能已过期，请以政府网站和公告栏为准</source>
        <translation>Data may be out of date; the government website and notice boards prevail</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="20"/>
        <source>我能享受
哪些政策</source>
        <translation>What am I
entitled to?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="20"/>
        <source>回答几个问题，不用打字</source>
        <translation>Answer a few questions, no typing</translation>
    </message>
    <message>
        <location filename="../../ui/qml/HomePage.qml" line="20"/>
        <source>我能享受哪些政策</source>
        <translation>What am I entitled to?</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../ui/qml/IdleOverlay.qml" line="30"/>
        <source>您还在使用吗？</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/IdleOverlay.qml" line="40"/>
        <source>%1 秒后返回首页</source>
        <translation>Back to the home screen in %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/qml/IdleOverlay.qml" line="50"/>
        <source>继续</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../ui/qml/ImageViewer.qml" line="66"/>
        <source>（双指或双击放大）</source>
        <translation>(pinch or double-tap to zoom)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/ImageViewer.qml" line="71"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/qml/ImageViewer.qml" line="72"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/qml/ImageViewer.qml" line="73"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../ui/qml/ItemPage.qml" line="59"/>
        <source>看本事项的文件（%1 份）▼</source>
        <translation>Documents of this item (%1) ▼</translation>
    </message>
    <message>
        <location filename="../../ui/qml/ItemPage.qml" line="146"/>
        <source>本事项暂无公开文件</source>
        <translation>No documents published under this item yet</translation>
    </message>
    <message>
        <location filename="../../ui/qml/ItemPage.qml" line="169"/>
        <source>已到本页末尾</source>
        <translation>End of the page</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/qml/Main.qml" line="26"/>
        <source>政务公开</source>
        <translation>Government disclosure</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Main.qml" line="108"/>
        <source>您还在使用吗？如需继续，请点击继续按钮，否则将返回首页。</source>
        <translation>Are you still there? Tap Continue to stay, otherwise the screen returns home.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Main.qml" line="173"/>
        <source>政务公开专区</source>
        <translation>Government disclosure zone</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Main.qml" line="188"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Main.qml" line="195"/>
        <source>✓ 长辈模式</source>
        <translation>✓ Large text</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Main.qml" line="195"/>
        <source>长辈模式</source>
        <translation>Large text</translation>
    </message>
</context>
<context>
    <name>MyPayoutsPage</name>
    <message>
        <location filename="../../ui/qml/MyPayoutsPage.qml" line="24"/>
        <source>查我的补贴</source>
        <translation>Find my payouts</translation>
    </message>
    <message>
        <location filename="../../ui/qml/MyPayoutsPage.qml" line="36"/>
        <source>姓名（完整填写）</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/qml/MyPayoutsPage.qml" line="42"/>
        <source>身份证号码后4位</source>
        <translation>Last 4 of ID number</translation>
    </message>
    <message>
        <location filename="../../ui/qml/MyPayoutsPage.qml" line="49"/>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/qml/MyPayoutsPage.qml" line="56"/>
        <source>本机不保存您输入的内容。查询结果中姓名同样隐去部分文字。</source>
        <translation>Nothing you type is kept. Names in the results are masked too.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/MyPayoutsPage.qml" line="79"/>
        <source>共 %1 笔，合计 %2</source>
        <translation>%1 payouts, total %2</translation>
    </message>
    <message>
        <location filename="../../ui/qml/MyPayoutsPage.qml" line="110"/>
        <source>已到最后一笔</source>
        <translation>End of the list</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <location filename="../../ui/qml/components/Pager.qml" line="61"/>
        <source>▲ 上一页</source>
        <translation>▲ Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/qml/components/Pager.qml" line="77"/>
        <source>下一页 ▼</source>
        <translation>Next page ▼</translation>
    </message>
</context>
<context>
    <name>PayoutsPage</name>
    <message>
        <location filename="../../ui/qml/PayoutsPage.qml" line="49"/>
        <source>为保护个人隐私，姓名已隐去部分文字。查本人记录请用「查我的补贴」。</source>
        <translation>Names are partly hidden for privacy. Use “Find my payouts” for your own records.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/PayoutsPage.qml" line="18"/>
        <location filename="../../ui/qml/PayoutsPage.qml" line="67"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/qml/PayoutsPage.qml" line="67"/>
        <source>村民小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/qml/PayoutsPage.qml" line="67"/>
        <source>期号</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/qml/PayoutsPage.qml" line="67"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/qml/PayoutsPage.qml" line="67"/>
        <source>发放日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../ui/qml/PayoutsPage.qml" line="118"/>
        <source>第 %1–%2 条，共 %3 条</source>
        <translation>Rows %1–%2 of %3</translation>
    </message>
    <message>
        <location filename="../../ui/qml/PayoutsPage.qml" line="121"/>
        <source>共 %1 条，已全部显示</source>
        <translation>All %1 rows shown</translation>
    </message>
    <message>
        <location filename="../../ui/qml/PayoutsPage.qml" line="190"/>
        <source>期号 %1&#x3000;发放日期 %2</source>
        <translation>Period %1&#x3000;Paid on %2</translation>
    </message>
    <message>
        <source>已显示 %1 / %2 条，向上滑动查看更多</source>
        <translation type="vanished">Showing %1 of %2; swipe up for more</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../ui/qml/components/QrCard.qml" line="41"/>
        <source>手机扫码，带走本页</source>
        <translation>Scan to take this page with you</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../../ui/qml/ReaderPage.qml" line="141"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/qml/ReaderPage.qml" line="151"/>
        <source>扫码带走</source>
        <translation>scan to take away</translation>
    </message>
    <message>
        <location filename="../../ui/qml/ReaderPage.qml" line="227"/>
        <source>点击放大</source>
        <translation>Tap to enlarge</translation>
    </message>
    <message>
        <location filename="../../ui/qml/ReaderPage.qml" line="246"/>
        <source>已到本页末尾</source>
        <translation>End of the page</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/qml/SearchPage.qml" line="41"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>输入关键词，如“补贴”或拼音首字母“bt”</source>
        <translation type="vanished">Type a word, e.g. 补贴, or pinyin initials like bt</translation>
    </message>
    <message>
        <location filename="../../ui/qml/SearchPage.qml" line="52"/>
        <source>想办什么事？如“低保怎么申请”，或拼音“dibao”</source>
        <translation>What do you need? e.g. “how to apply for dibao”, or pinyin “dibao”</translation>
    </message>
    <message>
        <location filename="../../ui/qml/SearchPage.qml" line="58"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/qml/SearchPage.qml" line="107"/>
        <source>最佳答案</source>
        <translation>Best answer</translation>
    </message>
    <message>
        <location filename="../../ui/qml/SearchPage.qml" line="122"/>
        <source>查看全文</source>
        <translation>Read in full</translation>
    </message>
    <message>
        <location filename="../../ui/qml/SearchPage.qml" line="155"/>
        <source>您是不是要找：</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <location filename="../../ui/qml/SearchPage.qml" line="169"/>
        <source>大家常查：</source>
        <translation>Popular topics:</translation>
    </message>
    <message>
        <location filename="../../ui/qml/SearchPage.qml" line="192"/>
        <source>找不到想要的内容？</source>
        <translation>Cannot find what you need?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/SearchPage.qml" line="231"/>
        <source>已到结果末尾</source>
        <translation>End of the results</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../ui/qml/StatusPage.qml" line="26"/>
        <source>进度查询</source>
        <translation>Request status</translation>
    </message>
    <message>
        <location filename="../../ui/qml/StatusPage.qml" line="30"/>
        <source>请输入受理回执上的申请编号，或用扫码枪扫描回执上的二维码。</source>
        <translation>Type the request number on your receipt, or scan the receipt&apos;s QR code.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/StatusPage.qml" line="45"/>
        <location filename="../../ui/qml/StatusPage.qml" line="85"/>
        <source>申请编号</source>
        <translation>Request number</translation>
    </message>
    <message>
        <location filename="../../ui/qml/StatusPage.qml" line="52"/>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/qml/StatusPage.qml" line="86"/>
        <source>办理状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/qml/StatusPage.qml" line="87"/>
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/qml/StatusPage.qml" line="88"/>
        <source>法定答复期限</source>
        <translation>Statutory reply date</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../ui/qml/components/Toolbar.qml" line="27"/>
        <source>‹ 返回</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location filename="../../ui/qml/components/Toolbar.qml" line="32"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/qml/components/Toolbar.qml" line="50"/>
        <source>停止朗读</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location filename="../../ui/qml/components/Toolbar.qml" line="50"/>
        <source>朗读</source>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="27"/>
        <source>留言评价</source>
        <translation>Ask &amp; rate</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="45"/>
        <source>为我们的服务评价</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="57"/>
        <source>本次已评价：%1</source>
        <translation>Rated this visit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="58"/>
        <source>您选择了“%1”，请点一项原因</source>
        <translation>You chose “%1”: please tap a reason</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="59"/>
        <source>点一下您的评价（不记录任何个人信息）</source>
        <translation>Tap your rating (no personal data is kept)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="97"/>
        <source>其他原因（自己写）</source>
        <translation>Another reason (write it)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="101"/>
        <source>提交原因</source>
        <translation>Send reason</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="119"/>
        <source>留言提问</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="141"/>
        <source>1. 选择问题类别</source>
        <translation>1. Choose a topic</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="162"/>
        <source>2. 写下您的问题（最多 %1 字，请不要写身份证号码和电话）</source>
        <translation>2. Write your question (at most %1 characters; no ID or phone numbers, please)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="171"/>
        <source>您的问题</source>
        <translation>Your question</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="175"/>
        <source>✓ 同意留电话，仅用于回电答复</source>
        <translation>✓ I agree to leave a phone, only for a call back</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="175"/>
        <source>希望电话答复？点此同意留电话</source>
        <translation>Want a reply by phone? Tap to agree to leave a number</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="187"/>
        <source>回电号码（不会显示给任何人）</source>
        <translation>Call-back number (never shown to anyone)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="201"/>
        <source>提交留言</source>
        <translation>Send question</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="214"/>
        <source>意见征集：草案公开征求意见</source>
        <translation>Public consultation on drafts</translation>
    </message>
    <message>
        <location filename="../../ui/qml/VoicePage.qml" line="222"/>
        <source>看看简明问答（常见问题的答复）</source>
        <translation>Questions answered (FAQ)</translation>
    </message>
</context>
</TS>
