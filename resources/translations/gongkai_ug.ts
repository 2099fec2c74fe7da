<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug" sourcelanguage="zh_CN">
  <context>
    <name>Catalogue</name>
    <message>
      <source>一级事项</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>1-دەرىجىلىك تۈر</translation>
    </message>
    <message>
      <source>二级事项</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>2-دەرىجىلىك تۈر</translation>
    </message>
    <message>
      <source>依据哪些规定</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قايسى بەلگىلىمىگە ئاساسەن</translation>
    </message>
    <message>
      <source>公开主体</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاشكارىلىغۇچى ئورگان</translation>
    </message>
    <message>
      <source>公开依据</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاشكارىلاش ئاساسى</translation>
    </message>
    <message>
      <source>公开内容（要素）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاشكارىلاش مەزمۇنى (ئامىللار)</translation>
    </message>
    <message>
      <source>公开哪些内容</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>نېمىلەر ئاشكارىلىنىدۇ</translation>
    </message>
    <message>
      <source>公开对象</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاشكارىلاش ئوبيېكتى</translation>
    </message>
    <message>
      <source>公开层级</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاشكارىلاش دەرىجىسى</translation>
    </message>
    <message>
      <source>公开方式</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاشكارىلاش ئۇسۇلى</translation>
    </message>
    <message>
      <source>公开时限</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاشكارىلاش مۇددىتى</translation>
    </message>
    <message>
      <source>公开渠道和载体</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاشكارىلاش يولى ۋە ۋاسىتىسى</translation>
    </message>
    <message>
      <source>具体事项</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كونكرېت تۈر</translation>
    </message>
    <message>
      <source>向谁公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كىمگە ئاشكارىلىنىدۇ</translation>
    </message>
    <message>
      <source>在哪里公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قەيەردە ئاشكارىلىنىدۇ</translation>
    </message>
    <message>
      <source>多久内公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قانچە ۋاقىت ئىچىدە ئاشكارىلىنىدۇ</translation>
    </message>
    <message>
      <source>大类</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>چوڭ تۈر</translation>
    </message>
    <message>
      <source>怎样公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قانداق ئاشكارىلىنىدۇ</translation>
    </message>
    <message>
      <source>由哪一级负责</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قايسى دەرىجە مەسئۇل</translation>
    </message>
    <message>
      <source>由谁公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كىم ئاشكارىلايدۇ</translation>
    </message>
  </context>
  <context>
    <name>ChoicePage</name>
    <message>
      <source>共 %1 项，已到最后</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جەمئىي %1 تۈر، ئاخىرىغا يەتتى</translation>
    </message>
    <message>
      <source>暂无内容</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھازىرچە مەزمۇن يوق</translation>
    </message>
    <message>
      <source>第 %1–%2 项，共 %3 项</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>%1–%2-تۈر، جەمئىي %3 تۈر</translation>
    </message>
    <message>
      <source>紧急</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جىددىي</translation>
    </message>
  </context>
  <context>
    <name>CommentPage</name>
    <message>
      <source>✓ 同意留下姓名电话，仅用于联系我</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>✓ ئىسىم ۋە تېلېفونۇمنى قالدۇرۇشقا قوشۇلىمەن، پەقەت مەن بىلەن ئالاقىلىشىش ئۈچۈن</translation>
    </message>
    <message>
      <source>写下您的意见（最多 %1 字；请不要写身份证号码和电话）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىكرىڭىزنى يېزىڭ (ئەڭ كۆپ %1 خەت؛ كىملىك نومۇرى ۋە تېلېفون يازماڭ)</translation>
    </message>
    <message>
      <source>姓名（不会公开）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىسىم (ئاشكارىلانمايدۇ)</translation>
    </message>
    <message>
      <source>您的意见</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىكرىڭىز</translation>
    </message>
    <message>
      <source>愿意留下姓名电话？点此同意（可不填）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىسىم ۋە تېلېفون قالدۇرامسىز؟ قوشۇلسىڭىز بۇ يەرنى بېسىڭ (ئىختىيارىي)</translation>
    </message>
    <message>
      <source>我要提意见</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىكىر بەرمەكچى</translation>
    </message>
    <message>
      <source>提交意见</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىكىرنى يوللاش</translation>
    </message>
    <message>
      <source>电话（不会公开）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تېلېفون (ئاشكارىلانمايدۇ)</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>%1年%2月</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>%1-يىلى %2-ئاي</translation>
    </message>
    <message>
      <source>今天</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۈگۈن</translation>
    </message>
    <message>
      <source>取消</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بىكار قىلىش</translation>
    </message>
    <message>
      <source>点此选择日期</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>چېسلا تاللاش ئۈچۈن بېسىڭ</translation>
    </message>
  </context>
  <context>
    <name>Draft</name>
    <message>
      <source>尚未开始</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تېخى باشلانمىدى</translation>
    </message>
    <message>
      <source>已公布采纳情况</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قوبۇل قىلىش ئەھۋالى ئېلان قىلىندى</translation>
    </message>
    <message>
      <source>已截止</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاخىرلاشتى</translation>
    </message>
    <message>
      <source>征求意见时间</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىكىر ئېلىش ۋاقتى</translation>
    </message>
    <message>
      <source>意见采纳情况（{date}公布）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىكىرلەرنى قوبۇل قىلىش ئەھۋالى ({date} ئېلان قىلىندى)</translation>
    </message>
    <message>
      <source>我要提意见</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىكىر بەرمەكچى</translation>
    </message>
    <message>
      <source>提出意见</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىكىر بېرىش</translation>
    </message>
    <message>
      <source>提意见方式</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىكىر بېرىش ئۇسۇلى</translation>
    </message>
    <message>
      <source>本草案{date}起征求意见</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ لايىھە {date} دىن باشلاپ پىكىر ئالىدۇ</translation>
    </message>
    <message>
      <source>本草案征求意见已于{date}截止，不再收集意见</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ لايىھىگە پىكىر ئېلىش {date} دا ئاخىرلاشتى، ئەمدى پىكىر قوبۇل قىلىنمايدۇ</translation>
    </message>
    <message>
      <source>正在征求意见</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىكىر ئېلىنىۋاتىدۇ</translation>
    </message>
    <message>
      <source>用触摸屏写下您的意见，姓名电话可不填</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىكرىڭىزنى ئېكراندا يېزىڭ، ئىسىم-تېلېفون ئىختىيارىي</translation>
    </message>
    <message>
      <source>答复日期</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جاۋاب چېسلاسى</translation>
    </message>
    <message>
      <source>草案全文</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>لايىھىنىڭ تولۇق تېكىستى</translation>
    </message>
    <message>
      <source>草案公开征求意见：可阅读、朗读，并提出您的意见</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>لايىھىلەر ئاممىدىن پىكىر ئالىدۇ: ئوقۇڭ، ئاڭلاڭ ۋە پىكىر بېرىڭ</translation>
    </message>
    <message>
      <source>起草单位</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>لايىھىلىگۈچى ئورۇن</translation>
    </message>
    <message>
      <source>起草说明</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>لايىھە چۈشەندۈرۈلۈشى</translation>
    </message>
  </context>
  <context>
    <name>Eligibility</name>
    <message>
      <source>100岁及以上</source>
      <comment>option:age:a100</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>100 ياش ۋە ئۇنىڭدىن يۇقىرى</translation>
    </message>
    <message>
      <source>60到64岁</source>
      <comment>option:age:a60</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>60 ياشتىن 64 ياشقىچە</translation>
    </message>
    <message>
      <source>60周岁以上老人、残疾人、未满16周岁的未成年人，无劳动能力、无生活来源、无法定赡养人（或赡养人无能力）的，可申请特困供养。</source>
      <comment>rule:tekun:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>60 ياشتىن يۇقىرى ياشانغانلار، مېيىپلار ۋە 16 ياشقا توشمىغانلار ئەمگەك ئىقتىدارى، كىرىمى ۋە باققۇچىسى بولمىسا، ئالاھىدە قىيىنچىلىقتىكىلەرنى بېقىش ياردىمىنى ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>60岁以下</source>
      <comment>option:age:under60</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>60 ياشتىن تۆۋەن</translation>
    </message>
    <message>
      <source>65到79岁</source>
      <comment>option:age:a65</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>65 ياشتىن 79 ياشقىچە</translation>
    </message>
    <message>
      <source>65岁以上老人、残疾人、慢性病患者可优先签约家庭医生，65岁以上老人每年免费体检一次。</source>
      <comment>rule:jiating_yisheng:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>65 ياشتىن يۇقىرى ياشانغانلار، مېيىپلار ۋە سوزۇلما كېسەللەر ئائىلە دوختۇرى بىلەن ئالدىن توختام تۈزەلەيدۇ؛ 65 ياشتىن يۇقىرىلار يىلدا بىر قېتىم ھەقسىز تەكشۈرۈلىدۇ.</translation>
    </message>
    <message>
      <source>65岁以上老人、残疾人和慢性病、重病患者是家庭医生签约的重点人群；65岁以上老人每年可免费健康体检一次。</source>
      <comment>rule:jiating_yisheng:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>65 ياشتىن يۇقىرى ياشانغانلار، مېيىپلار ۋە سوزۇلما ياكى ئېغىر كېسەللەر ئائىلە دوختۇرى توختامىنىڭ مۇھىم ئوبيېكتى؛ 65 ياشتىن يۇقىرىلار يىلدا بىر قېتىم ھەقسىز سالامەتلىك تەكشۈرۈلىدۇ.</translation>
    </message>
    <message>
      <source>80到89岁</source>
      <comment>option:age:a80</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>80 ياشتىن 89 ياشقىچە</translation>
    </message>
    <message>
      <source>90到99岁</source>
      <comment>option:age:a90</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>90 ياشتىن 99 ياشقىچە</translation>
    </message>
    <message>
      <source>{name}发放名单</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{name}: تارقىتىش تىزىملىكى</translation>
    </message>
    <message>
      <source>{question}
可以选：{answers}。{extra}不想回答可以点“跳过”。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{question}
تاللىيالايسىز: {answers}. {extra}جاۋاب بەرگۈڭىز كەلمىسە «ئاتلاش» نى بېسىڭ.</translation>
    </message>
    <message>
      <source>{title}，{status}。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{title}: {status}.</translation>
    </message>
    <message>
      <source>、</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>، </translation>
    </message>
    <message>
      <source>一级或二级</source>
      <comment>option:disability:severe</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>1- ياكى 2-دەرىجە</translation>
    </message>
    <message>
      <source>三级或四级</source>
      <comment>option:disability:mild</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>3- ياكى 4-دەرىجە</translation>
    </message>
    <message>
      <source>不清楚可以跳过</source>
      <comment>question:pension:hint</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئېنىق بىلمىسىڭىز ئاتلاپ ئۆتۈڭ</translation>
    </message>
    <message>
      <source>临时救助</source>
      <comment>rule:linshi_jiuzhu:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ۋاقىتلىق قۇتقۇزۇش ياردىمى</translation>
    </message>
    <message>
      <source>义务教育“两免一补”</source>
      <comment>rule:yiwu_jiaoyu:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مەجبۇرىي مائارىپ «ئىككى كەچۈرۈم، بىر ياردەم»</translation>
    </message>
    <message>
      <source>义务教育阶段学生免学杂费、免费提供教科书；家庭经济困难的寄宿生可申请生活费补助。</source>
      <comment>rule:yiwu_jiaoyu:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مەجبۇرىي مائارىپتىكى ئوقۇغۇچىلار ئوقۇش ھەققى تاپشۇرمايدۇ، دەرسلىك ھەقسىز؛ ئائىلىسى قىيىن ياتاقلىق ئوقۇغۇچىلار تۇرمۇش ياردەم پۇلى ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>从事农业生产的个人和农业生产经营组织购买补贴范围内的机具，可申请补贴。</source>
      <comment>rule:nongji:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>دېھقانچىلىق قىلىدىغان شەخس ۋە تەشكىلاتلار ياردەم دائىرىسىدىكى ماشىنىلارنى سېتىۋالسا ياردەم ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>以上都没有</source>
      <comment>question:family:none_label</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يۇقىرىقىلارنىڭ ھېچبىرى يوق</translation>
    </message>
    <message>
      <source>以上都没有</source>
      <comment>question:land:none_label</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يۇقىرىقىلارنىڭ ھېچبىرى يوق</translation>
    </message>
    <message>
      <source>低保、特困人员、低保边缘家庭成员和因病致贫的重病患者，可申请医疗救助。</source>
      <comment>rule:yiliao_jiuzhu:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تۆۋەن تۇرمۇش كاپالىتىدىكىلەر، ئالاھىدە قىيىنچىلىقتىكىلەر ۋە كېسەل سەۋەبىدىن نامراتلاشقان ئېغىر كېسەللەر داۋالاش ياردىمى ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>低保家庭中的残疾人可申请困难残疾人生活补贴。</source>
      <comment>rule:disabled_living:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تۆۋەن تۇرمۇش كاپالىتىدىكى ئائىلىلەردىكى مېيىپلار تۇرمۇش ياردەم پۇلى ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>住的是危房</source>
      <comment>option:land:unsafe</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>خەتەرلىك ئۆيدە تۇرىمىز</translation>
    </message>
    <message>
      <source>农机购置补贴</source>
      <comment>rule:nongji:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يېزا ئىگىلىك ماشىنىسى سېتىۋېلىش ياردىمى</translation>
    </message>
    <message>
      <source>农村义务教育学生营养改善计划</source>
      <comment>rule:yingyang:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يېزا ئوقۇغۇچىلىرىنىڭ ئوزۇقلۇقىنى ياخشىلاش پىلانى</translation>
    </message>
    <message>
      <source>农村低收入群体等重点对象住房不安全的，可申请危房改造补助。</source>
      <comment>rule:weifang:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يېزىدىكى تۆۋەن كىرىملىك ئائىلىلەرنىڭ ئۆيى بىخەتەر بولمىسا، خەتەرلىك ئۆينى ئۆزگەرتىش ياردىمى ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>农村危房改造</source>
      <comment>rule:weifang:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يېزىدىكى خەتەرلىك ئۆيلەرنى ئۆزگەرتىش</translation>
    </message>
    <message>
      <source>农村家庭因病、因灾、因意外等出现返贫致贫风险的，可申请纳入监测帮扶。</source>
      <comment>rule:fangfanpin:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كېسەل، ئاپەت ياكى تاسادىپىي ۋەقە سەۋەبىدىن نامراتلىشىش خەۋپى بار يېزا ئائىلىلىرى نازارەت ۋە ياردەمگە كىرگۈزۈلۈشنى ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>农村户口</source>
      <comment>option:hukou:rural</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يېزا نوپۇسى</translation>
    </message>
    <message>
      <source>办理地点：{text}。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېجىرىش ئورنى: {text}.</translation>
    </message>
    <message>
      <source>医疗救助</source>
      <comment>rule:yiliao_jiuzhu:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>داۋالاش ياردىمى</translation>
    </message>
    <message>
      <source>参加城乡居民养老保险</source>
      <comment>rule:jumin_canbao:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>شەھەر-يېزا ئاھالىلىرى پېنسىيە سۇغۇرتىسىغا قاتنىشىش</translation>
    </message>
    <message>
      <source>参加城乡居民养老保险、年满60周岁、累计缴费满15年的，可以按月领取养老金。</source>
      <comment>rule:jumin_yanglao:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>شەھەر-يېزا ئاھالىلىرى پېنسىيە سۇغۇرتىسىغا قاتناشقان، 60 ياشقا توشقان ۋە 15 يىل پۇل تاپشۇرغانلار ھەر ئايدا پېنسىيە ئالىدۇ.</translation>
    </message>
    <message>
      <source>参加城乡居民养老保险的人去世后，个人账户余额可以依法继承。</source>
      <comment>rule:canbao_death:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>شەھەر-يېزا ئاھالىلەر پېنسىيە سۇغۇرتىسىغا قاتناشقان كىشى ۋاپات بولسا، شەخسىي ھېساباتىدىكى قالدۇق پۇلغا قانۇن بويىچە ۋارىسلىق قىلغىلى بولىدۇ.</translation>
    </message>
    <message>
      <source>受灾人员救助</source>
      <comment>rule:shouzai:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاپەتكە ئۇچرىغانلارغا ياردەم</translation>
    </message>
    <message>
      <source>可以选几项，选好后点“选好了”</source>
      <comment>question:events:hint</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بىر نەچچىنى تاللىسىڭىز بولىدۇ، تاللاپ بولۇپ «بولدى» نى بېسىڭ</translation>
    </message>
    <message>
      <source>可以选几项，选好后点“选好了”</source>
      <comment>question:family:hint</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بىر قانچىنى تاللاپ، ئاندىن «تاللاپ بولدۇم» نى بېسىڭ</translation>
    </message>
    <message>
      <source>可以选几项，选好后点“选好了”</source>
      <comment>question:land:hint</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بىر قانچىنى تاللاپ، ئاندىن «تاللاپ بولدۇم» نى بېسىڭ</translation>
    </message>
    <message>
      <source>可能符合，请到窗口确认</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ماس كېلىشى مۇمكىن، كۆزنەكتە جەزملەشتۈرۈڭ</translation>
    </message>
    <message>
      <source>咨询电话：{text}。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مەسلىھەت تېلېفونى: {text}.</translation>
    </message>
    <message>
      <source>因火灾、交通事故等意外或突发重大疾病，基本生活暂时严重困难的家庭，可申请临时救助。</source>
      <comment>rule:linshi_jiuzhu:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئوت ئاپىتى، قاتناش ۋەقەسى ياكى تۇيۇقسىز ئېغىر كېسەل سەۋەبىدىن تۇرمۇشى ۋاقىتلىق قىيىنلاشقان ئائىلىلەر ۋاقىتلىق ياردەم ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>因经济困难没有委托律师的，可申请免费法律援助。</source>
      <comment>rule:falv_yuanzhu:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىقتىسادىي قىيىنچىلىق سەۋەبىدىن ئادۋوكات تەكلىپ قىلالمىغانلار ھەقسىز قانۇن ياردىمى ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>因身体状况、家庭因素等难以就业的人员，可申请就业援助。</source>
      <comment>rule:jiuye:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سالامەتلىك ياكى ئائىلە سەۋەبىدىن ئىش تېپىش قىيىن بولغانلار ئىشقا ئورۇنلىشىش ياردىمى ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>困难残疾人生活补贴</source>
      <comment>rule:disabled_living:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قىيىنچىلىقتىكى مېيىپلارنىڭ تۇرمۇش ياردىمى</translation>
    </message>
    <message>
      <source>城乡居民养老保险</source>
      <comment>option:pension:resident</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>شەھەر-يېزا ئاھالىلىرى پېنسىيە سۇغۇرتىسى</translation>
    </message>
    <message>
      <source>城乡居民养老保险待遇</source>
      <comment>rule:jumin_yanglao:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>شەھەر-يېزا ئاھالىلىرى پېنسىيە تەمىناتى</translation>
    </message>
    <message>
      <source>城乡居民基本医疗保险</source>
      <comment>rule:jumin_yibao:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>شەھەر-يېزا ئاھالىلىرى ئاساسىي داۋالاش سۇغۇرتىسى</translation>
    </message>
    <message>
      <source>城镇户口</source>
      <comment>option:hukou:urban</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>شەھەر نوپۇسى</translation>
    </message>
    <message>
      <source>基本生活受到自然灾害严重影响的家庭，可得到应急救助、过渡期生活救助和倒损住房恢复重建补助。</source>
      <comment>rule:shouzai:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تەبىئىي ئاپەت سەۋەبىدىن تۇرمۇشى ئېغىر تەسىرگە ئۇچرىغان ئائىلىلەر جىددىي ياردەم، ئۆتكۈنچى مەزگىللىك تۇرمۇش ياردىمى ۋە ئۆرۈلگەن ياكى بۇزۇلغان ئۆينى قايتا قۇرۇش ياردىمىگە ئېرىشەلەيدۇ.</translation>
    </message>
    <message>
      <source>失业保险金</source>
      <comment>rule:shiye_baoxian:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىشسىزلىق سۇغۇرتا پۇلى</translation>
    </message>
    <message>
      <source>失业前交满一年失业保险费、非本人意愿中断就业、已办失业登记的，可以领失业保险金。</source>
      <comment>rule:shiye_baoxian:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىشسىزلىق سۇغۇرتىسىنى بىر يىل تولۇق تاپشۇرغان، ئۆز ئىختىيارى بىلەن ئىشتىن ئايرىلمىغان ۋە ئىشسىزلىق تىزىملىتىپ بولغانلار ئىشسىزلىق سۇغۇرتا پۇلى ئالالايدۇ.</translation>
    </message>
    <message>
      <source>婴儿出生后一个月内申报出生登记。</source>
      <comment>rule:chusheng:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بوۋاق تۇغۇلۇپ بىر ئاي ئىچىدە تۇغۇلۇش تىزىملىتىلىدۇ.</translation>
    </message>
    <message>
      <source>实施营养改善计划地区的农村义务教育学生享受营养膳食补助。</source>
      <comment>rule:yingyang:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىلان يولغا قويۇلغان رايونلاردىكى يېزا ئوقۇغۇچىلىرى ئوزۇقلۇق تاماق ياردىمىدىن بەھرىمەن بولىدۇ.</translation>
    </message>
    <message>
      <source>家人去世：城乡居民养老保险注销和个人账户继承</source>
      <comment>rule:canbao_death:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىدە كىشى ۋاپات بولسا: ئاھالىلەر پېنسىيەسىنى ئەمەلدىن قالدۇرۇش ۋە ھېساباتقا ۋارىسلىق قىلىش</translation>
    </message>
    <message>
      <source>家庭人均收入低于当地低保标准、财产状况符合规定的家庭，可申请低保。</source>
      <comment>rule:dibao:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلە كىشى بېشى كىرىمى يەرلىك ئۆلچەمدىن تۆۋەن، مال-مۈلكى بەلگىلىمىگە ئۇيغۇن ئائىلىلەر تۆۋەن تۇرمۇش كاپالىتى ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>家庭医生签约和免费健康体检</source>
      <comment>rule:jiating_yisheng:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلە دوختۇرى توختامى ۋە ھەقسىز سالامەتلىك تەكشۈرۈش</translation>
    </message>
    <message>
      <source>家里有人从外地打工回来，还在劳动年龄。可以到人社窗口登记找工作、参加免费技能培训；想在家乡创业的，可以申请创业担保贷款和创业补贴。</source>
      <comment>rule:fanxiang:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىزدە سىرتتا ئىشلەپ قايتىپ كەلگەن، ئەمگەك يېشىدىكى كىشى بار. ئۇ كىشىلىك بايلىق كۆزنىكىدە خىزمەت ئىزدەش ۋە ھەقسىز ماھارەت تەربىيەسىگە تىزىملىتالايدۇ؛ يۇرتىدا ئىگىلىك تىكلىمەكچى بولسا، ئىگىلىك تىكلەش كاپالەتلىك قەرزى ۋە ئىگىلىك تىكلەش ياردەم پۇلىغا ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>家里有人去世</source>
      <comment>option:events:death</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىدە كىشى ۋاپات بولدى</translation>
    </message>
    <message>
      <source>家里有人去世。去世的家人参加了城乡居民养老保险的，要办理注销登记，个人账户里的余额可以依法继承；是低保、特困家庭的，家庭情况变了也要告诉村委会。</source>
      <comment>rule:canbao_death:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىزدە كىشى ۋاپات بولدى. ۋاپات بولغان كىشى ئاھالىلەر پېنسىيە سۇغۇرتىسىغا قاتناشقان بولسا، ئەمەلدىن قالدۇرۇش تىزىملىكى بېجىرىلىدۇ، شەخسىي ھېساباتىدىكى قالدۇققا قانۇن بويىچە ۋارىسلىق قىلغىلى بولىدۇ؛ تۆۋەن تۇرمۇش كاپالىتى ياكى ئالاھىدە قىيىن ئائىلە بولسا، ئائىلە ئەھۋالىنىڭ ئۆزگەرگەنلىكىنى كەنت كومىتېتىغا ئېيتىش كېرەك.</translation>
    </message>
    <message>
      <source>家里有人失业，参加过职工社会保险。失业前单位和本人已交失业保险费满一年、不是自己要求离职、已办理失业登记的，可以领失业保险金。</source>
      <comment>rule:shiye_baoxian:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىزدە ئىشسىز قالغان، خىزمەتچىلەر ئىجتىمائىي سۇغۇرتىسىغا قاتناشقان كىشى بار. ئىشسىزلىق سۇغۇرتىسى بىر يىل تولۇق تاپشۇرۇلغان، ئۆزى تەلەپ قىلىپ ئىشتىن ئايرىلمىغان ۋە ئىشسىزلىق تىزىملىتىپ بولغان بولسا، ئىشسىزلىق سۇغۇرتا پۇلى ئالالايدۇ.</translation>
    </message>
    <message>
      <source>家里有人患重病</source>
      <comment>option:family:illness</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىدە ئېغىر كېسەل بار</translation>
    </message>
    <message>
      <source>家里有残疾人</source>
      <comment>option:family:disabled</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىدە مېيىپ بار</translation>
    </message>
    <message>
      <source>家里添了孩子</source>
      <comment>option:events:birth</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىدە بوۋاق تۇغۇلدى</translation>
    </message>
    <message>
      <source>家里添了孩子。婴儿出生后一个月内要申报出生登记（上户口），上好户口后就可以给孩子参加城乡居民医保。</source>
      <comment>rule:chusheng:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىزدە بوۋاق تۇغۇلدى. تۇغۇلۇپ بىر ئاي ئىچىدە تۇغۇلۇش تىزىملىتىش (نوپۇس) كېرەك؛ نوپۇسقا ئالدۇرغاندىن كېيىن بالىنى ئاھالىلەر داۋالاش سۇغۇرتىسىغا قاتناشتۇرغىلى بولىدۇ.</translation>
    </message>
    <message>
      <source>就业援助</source>
      <comment>rule:jiuye:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىشقا ئورۇنلىشىش ياردىمى</translation>
    </message>
    <message>
      <source>年满16周岁、不在校、没有参加职工养老保险的城乡居民，可以在户籍地参加城乡居民养老保险。</source>
      <comment>rule:jumin_canbao:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>16 ياشقا توشقان، مەكتەپتە ئوقۇمايدىغان ۋە خىزمەتچىلەر پېنسىيە سۇغۇرتىسى يوق ئاھالىلەر نوپۇس جايىدا شەھەر-يېزا ئاھالىلىرى پېنسىيە سۇغۇرتىسىغا قاتنىشالايدۇ.</translation>
    </message>
    <message>
      <source>年满80周岁的老人可申请高龄津贴，请确认年龄。</source>
      <comment>rule:gaoling:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>80 ياشقا توشقان ياشانغانلار ياشانغانلار ياردەم پۇلى ئىلتىماس قىلالايدۇ، يېشىڭىزنى جەزملەشتۈرۈڭ.</translation>
    </message>
    <message>
      <source>您今年多大年纪？</source>
      <comment>question:age:text</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ يىل نەچچە ياشقا كىردىڭىز؟</translation>
    </message>
    <message>
      <source>您参加的是哪种养老保险？</source>
      <comment>question:pension:text</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قايسى خىل پېنسىيە سۇغۇرتىسىغا قاتناشقان؟</translation>
    </message>
    <message>
      <source>您家孩子在农村上小学或初中，实施营养改善计划的学校按标准提供营养膳食补助。</source>
      <comment>rule:yingyang:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بالىڭىز يېزىدا باشلانغۇچ ياكى تولۇقسىزدا ئوقۇيدۇ؛ پىلاندىكى مەكتەپلەر ئۆلچەم بويىچە ئوزۇقلۇق تاماق ياردىمى بېرىدۇ.</translation>
    </message>
    <message>
      <source>您家有一级或二级残疾人，需要长期照护的可申请重度残疾人护理补贴。</source>
      <comment>rule:disabled_care:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىزدە 1- ياكى 2-دەرىجىلىك مېيىپ بار؛ ئۇزاق مۇددەت قاراش كېرەك بولسا ئېغىر مېيىپلار ھالىدىن خەۋەر ئېلىش ياردىمى ئىلتىماس قىلالايسىز.</translation>
    </message>
    <message>
      <source>您家有划入公益林的山林，集体和个人所有的公益林可按面积领取森林生态效益补偿。</source>
      <comment>rule:gongyilin:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىزنىڭ ئاممىۋى مەنپەئەت ئورمىنىغا كىرگۈزۈلگەن ئورمىنى بار؛ كۆلىمى بويىچە ئېكولوگىيە تۆلەم پۇلى ئالالايسىز.</translation>
    </message>
    <message>
      <source>您家有孩子上小学或初中：免学杂费、免费提供教科书；家庭经济困难的寄宿生还可申请生活费补助。</source>
      <comment>rule:yiwu_jiaoyu:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بالىڭىز باشلانغۇچ ياكى تولۇقسىزدا ئوقۇيدۇ: ئوقۇش ھەققى يوق، دەرسلىك ھەقسىز؛ ئائىلىسى قىيىن ياتاقلىق ئوقۇغۇچىلار تۇرمۇش ياردىمىمۇ ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>您家有承包耕地，种地的农民可按承包面积领取耕地地力保护补贴。</source>
      <comment>rule:gengdi:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىزنىڭ ھۆددىگە ئالغان تېرىلغۇ يېرى بار؛ دېھقانلار ھۆددە كۆلىمى بويىچە تېرىلغۇ يەر كۈچىنى قوغداش ياردىمى ئالىدۇ.</translation>
    </message>
    <message>
      <source>您家有残疾人且生活困难。低保家庭中的残疾人可申请困难残疾人生活补贴。</source>
      <comment>rule:disabled_living:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىزدە مېيىپ بار ۋە تۇرمۇشىڭىز قىيىن. تۆۋەن تۇرمۇش كاپالىتىدىكى ئائىلىلەردىكى مېيىپلار تۇرمۇش ياردىمى ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>您家有重病病人或生活困难。低保、特困人员、低保边缘家庭成员和因病致贫的重病患者，医保报销后自付仍多的，可申请医疗救助。</source>
      <comment>rule:yiliao_jiuzhu:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىزدە ئېغىر كېسەل بار ياكى تۇرمۇشىڭىز قىيىن. سۇغۇرتا قايتۇرغاندىن كېيىنمۇ ئۆزى تۆلەيدىغىنى كۆپ بولسا، داۋالاش ياردىمى ئىلتىماس قىلالايسىز.</translation>
    </message>
    <message>
      <source>您家生活困难。家庭人均收入低于当地低保标准、财产状况符合规定的，可申请低保。</source>
      <comment>rule:dibao:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىزنىڭ تۇرمۇشى قىيىن. كىشى بېشى كىرىم يەرلىك ئۆلچەمدىن تۆۋەن ۋە مال-مۈلۈك بەلگىلىمىگە ئۇيغۇن بولسا، تۆۋەن تۇرمۇش كاپالىتى ئىلتىماس قىلالايسىز.</translation>
    </message>
    <message>
      <source>您家生活困难。遇到讨薪、赡养、工伤等纠纷又请不起律师的，可申请免费法律援助。</source>
      <comment>rule:falv_yuanzhu:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىزنىڭ تۇرمۇشى قىيىن. ئىش ھەققى، بېقىش ياكى ئىش ئورنىدا يارىلىنىش ماجىراسىدا ئادۋوكات تەكلىپ قىلالمىسىڭىز، ھەقسىز قانۇن ياردىمى ئىلتىماس قىلالايسىز.</translation>
    </message>
    <message>
      <source>您家种了水稻，稻谷实际种植者可按核定的种植面积领取稻谷补贴。</source>
      <comment>rule:daogu:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىز شال تېرىدى؛ تېرىغۇچىلار تەستىقلانغان كۆلەم بويىچە شال ياردىمى ئالىدۇ.</translation>
    </message>
    <message>
      <source>您家种地、有山林或住房困难吗？</source>
      <comment>question:land:text</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىز دېھقانچىلىق قىلامدۇ، ئورمىنى بارمۇ ياكى ئۆي قىيىنچىلىقى بارمۇ؟</translation>
    </message>
    <message>
      <source>您家遇到了突发困难、灾害或有人患重病。因意外事件、突发重大疾病等导致基本生活暂时严重困难的，可申请临时救助，情况紧急的可先行救助。</source>
      <comment>rule:linshi_jiuzhu:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىز تۇيۇقسىز قىيىنچىلىق، ئاپەت ياكى ئېغىر كېسەلگە ئۇچرىدى. ھادىسە ياكى تۇيۇقسىز ئېغىر كېسەل سەۋەبىدىن تۇرمۇشى ۋاقىتلىق ئېغىر قىيىنچىلىققا چۈشكەنلەر ۋاقىتلىق ياردەمگە ئىلتىماس قىلالايدۇ، جىددىي ئەھۋالدا ئاۋۋال ياردەم بېرىلىدۇ.</translation>
    </message>
    <message>
      <source>您家遭了自然灾害或房子受了损坏。基本生活受到自然灾害严重影响的，可得到应急生活救助、过渡期生活救助、倒损住房恢复重建补助和冬春生活救助，灾情由村委会报镇政府核实。</source>
      <comment>rule:shouzai:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىز تەبىئىي ئاپەتكە ئۇچرىدى ياكى ئۆيىڭىز بۇزۇلدى. تەبىئىي ئاپەت تۇرمۇشقا ئېغىر تەسىر يەتكۈزگەن بولسا، جىددىي تۇرمۇش ياردىمى، ئۆتكۈنچى مەزگىل ياردىمى، ئۆرۈلگەن ياكى بۇزۇلغان ئۆينى قايتا قۇرۇش ياردىمى ۋە قىش-باھار تۇرمۇش ياردىمىگە ئېرىشەلەيسىز؛ ئاپەت ئەھۋالىنى كەنت كومىتېتى بازار ھۆكۈمىتىگە مەلۇم قىلىپ تەكشۈرتىدۇ.</translation>
    </message>
    <message>
      <source>您家里有下面这些情况吗？</source>
      <comment>question:family:text</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئائىلىڭىزدە تۆۋەندىكى ئەھۋاللار بارمۇ؟</translation>
    </message>
    <message>
      <source>您已满60周岁并参加了城乡居民养老保险，累计缴费满15年的可以按月领取养老金。</source>
      <comment>rule:jumin_yanglao:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىز 60 ياشقا توشتىڭىز ۋە شەھەر-يېزا ئاھالىلىرى پېنسىيە سۇغۇرتىسىغا قاتناشتىڭىز؛ 15 يىل تاپشۇرغان بولسىڭىز ھەر ئايدا پېنسىيە ئالالايسىز.</translation>
    </message>
    <message>
      <source>您年满{age}岁、独自居住，村（社区）会定期上门探访，提供居家养老服务。</source>
      <comment>rule:tanfang:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىز {age} ياشقا توشتىڭىز ۋە يالغۇز تۇرىسىز؛ كەنت (مەھەللە) دائىم يوقلاپ، ئۆيدە ياشانغانلار مۇلازىمىتى بېرىدۇ.</translation>
    </message>
    <message>
      <source>您年满{age}岁，可申请高龄津贴。</source>
      <comment>rule:gaoling:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىز {age} ياشقا توشتىڭىز، ياشانغانلار ياردەم پۇلى ئىلتىماس قىلالايسىز.</translation>
    </message>
    <message>
      <source>您打算买农机。从事农业生产的个人购买补贴范围内的机具，可申请农机购置补贴。</source>
      <comment>rule:nongji:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىز يېزا ئىگىلىك ماشىنىسى سېتىۋالماقچى. ياردەم دائىرىسىدىكى ماشىنىنى سېتىۋالسىڭىز ياردەم ئىلتىماس قىلالايسىز.</translation>
    </message>
    <message>
      <source>您是农村户口，住房是危房或受了损坏。低保户、分散供养特困人员、低保边缘家庭等住房不安全的，可申请农村危房改造补助。</source>
      <comment>rule:weifang:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىز يېزا نوپۇسلۇق، ئۆيىڭىز خەتەرلىك ياكى بۇزۇلغان. تۆۋەن تۇرمۇش كاپالىتىدىكى ئائىلىلەر، تارقاق بېقىلىدىغان ئالاھىدە قىيىنلار، تۆۋەن تۇرمۇش كاپالىتى چېگرىسىدىكى ئائىلىلەر قاتارلىق ئۆيى بىخەتەر بولمىغانلار يېزىدىكى خەتەرلىك ئۆينى ئۆزگەرتىش ياردىمىگە ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>您是农村户口，家里生活困难、有重病、受了灾、有人失业或遭遇突发困难，可以申请纳入防止返贫监测，获得针对性帮扶。</source>
      <comment>rule:fangfanpin:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىز يېزا نوپۇسلۇق، ئائىلىڭىز تۇرمۇش قىيىنچىلىقى، ئېغىر كېسەل، ئاپەت، ئىشسىزلىق ياكى تۇيۇقسىز قىيىنچىلىققا ئۇچرىغان بولسا، قايتا نامراتلىشىشنىڭ ئالدىنى ئېلىش نازارىتىگە كىرگۈزۈلۈشكە ئىلتىماس قىلىپ، ئەھۋالىڭىزغا ماس ياردەمگە ئېرىشەلەيسىز.</translation>
    </message>
    <message>
      <source>您是老年人或残疾人，无人赡养且生活困难。无劳动能力、无生活来源、无法定赡养人（或赡养人无能力）的，可申请特困人员救助供养。</source>
      <comment>rule:tekun:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىز ياشانغان ياكى مېيىپ، باققۇچىڭىز يوق ۋە تۇرمۇشىڭىز قىيىن. ئەمگەك ئىقتىدارى ۋە كىرىمىڭىز بولمىسا، ئالاھىدە قىيىنچىلىقتىكىلەرنى بېقىش ياردىمى ئىلتىماس قىلالايسىز.</translation>
    </message>
    <message>
      <source>您未满60周岁，也没有参加职工养老保险，可以在户籍地参加城乡居民养老保险；重度残疾人等缴费困难的，政府代缴部分或全部最低档保费。</source>
      <comment>rule:jumin_canbao:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىز 60 ياشقا توشمىدىڭىز، خىزمەتچىلەر پېنسىيە سۇغۇرتىسىمۇ يوق؛ نوپۇس جايىدا شەھەر-يېزا ئاھالىلىرى پېنسىيە سۇغۇرتىسىغا قاتنىشالايسىز. ئېغىر مېيىپلارنىڭ ھەققىنى ھۆكۈمەت قىسمەن ياكى تولۇق تۆلەيدۇ.</translation>
    </message>
    <message>
      <source>您的回答只用于这次查询：不保存、不上传、不记录；回到首页或无人操作时自动清除。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جاۋابلىرىڭىز پەقەت بۇ قېتىملىق ئىزدەش ئۈچۈن: ساقلانمايدۇ، يوللانمايدۇ، خاتىرىلەنمەيدۇ؛ باش بەتكە قايتقاندا ياكى ئىشلەتمىگەندە ئۆچۈرۈلىدۇ.</translation>
    </message>
    <message>
      <source>您的户口是农村还是城镇？</source>
      <comment>question:hukou:text</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>نوپۇسىڭىز يېزىمۇ ياكى شەھەرمۇ؟</translation>
    </message>
    <message>
      <source>您还在劳动年龄，家里有残疾人、生活困难或有人失业。就业困难人员可申请免费培训、公益性岗位等就业援助。</source>
      <comment>rule:jiuye:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىز ئەمگەك يېشىدا، ئائىلىڭىزدە مېيىپ، تۇرمۇش قىيىنچىلىقى ياكى ئىشسىز قالغان كىشى بار. خىزمەت تېپىشى قىيىن كىشىلەر ھەقسىز تەربىيە، ئاممىۋى پايدا خىزمەت ئورنى قاتارلىق خىزمەت ياردىمىگە ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>房子被冲倒、压塌或损坏</source>
      <comment>option:events:house</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۆي سۇ ئېقىتىپ كەتتى، بېسىلىپ ئۆرۈلدى ياكى بۇزۇلدى</translation>
    </message>
    <message>
      <source>打算买农机</source>
      <comment>option:land:machine</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يېزا ئىگىلىك ماشىنىسى سېتىۋالماقچى</translation>
    </message>
    <message>
      <source>拥有耕地承包权的种地农民可领取耕地地力保护补贴。</source>
      <comment>rule:gengdi:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تېرىلغۇ يەر ھۆددە ھوقۇقى بار دېھقانلار تېرىلغۇ يەر كۈچىنى قوغداش ياردىمى ئالىدۇ.</translation>
    </message>
    <message>
      <source>按周岁算</source>
      <comment>question:age:hint</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تولۇق ياش بويىچە</translation>
    </message>
    <message>
      <source>收入低、生活困难</source>
      <comment>option:family:lowincome</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كىرىم تۆۋەن، تۇرمۇش قىيىن</translation>
    </message>
    <message>
      <source>政策文件</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىياسەت ھۆججىتى</translation>
    </message>
    <message>
      <source>新生儿出生登记（上户口）和参加医保</source>
      <comment>rule:chusheng:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يېڭى تۇغۇلغان بوۋاقنى تىزىملىتىش (نوپۇس) ۋە داۋالاش سۇغۇرتىسىغا قاتنىشىش</translation>
    </message>
    <message>
      <source>无子女或子女无力赡养</source>
      <comment>option:family:nosupport</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پەرزەنتى يوق ياكى پەرزەنتى باقالمايدۇ</translation>
    </message>
    <message>
      <source>最低生活保障（低保）</source>
      <comment>rule:dibao:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئەڭ تۆۋەن تۇرمۇش كاپالىتى</translation>
    </message>
    <message>
      <source>最近一年，家里遇到下面这些事了吗？</source>
      <comment>question:events:text</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يېقىنقى بىر يىلدا ئائىلىڭىزدە تۆۋەندىكى ئىشلار يۈز بەردىمۇ؟</translation>
    </message>
    <message>
      <source>有人从外地打工回来</source>
      <comment>option:events:returned</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىرتتا ئىشلەپ قايتىپ كەلگەن كىشى بار</translation>
    </message>
    <message>
      <source>有人失业了</source>
      <comment>option:events:jobless</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىشسىز قالغان كىشى بار</translation>
    </message>
    <message>
      <source>有公益林山林</source>
      <comment>option:land:forest</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاممىۋى مەنپەئەت ئورمىنى بار</translation>
    </message>
    <message>
      <source>有孩子上小学或初中</source>
      <comment>option:family:student</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>باشلانغۇچ ياكى تولۇقسىزدا ئوقۇيدىغان بالا بار</translation>
    </message>
    <message>
      <source>有承包耕地</source>
      <comment>option:land:farmland</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھۆددىگە ئالغان تېرىلغۇ يەر بار</translation>
    </message>
    <message>
      <source>本机还没有收到县里发布的政策匹配规则，请到窗口咨询。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ ماشىنا ناھىيە ئېلان قىلغان سىياسەت قائىدىلىرىنى تېخى تاپشۇرۇۋالمىدى، كۆزنەكتىن سوراڭ.</translation>
    </message>
    <message>
      <source>查询结果</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىزدەش نەتىجىسى</translation>
    </message>
    <message>
      <source>标准目录</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۆلچەملىك مۇندەرىجە</translation>
    </message>
    <message>
      <source>标准：{text}。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۆلچەم: {text}.</translation>
    </message>
    <message>
      <source>根据您的回答，找到 {n} 项：符合 {match} 项，可能符合 {maybe} 项（请到窗口确认）。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جاۋابىڭىزغا ئاساسەن {n} تۈر تېپىلدى: {match} تۈرگە ماس، {maybe} تۈرگە ماس كېلىشى مۇمكىن (كۆزنەكتە جەزملەشتۈرۈڭ).</translation>
    </message>
    <message>
      <source>根据您的回答，没有找到对应的政策。如有疑问，请到窗口咨询。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جاۋابىڭىزغا ماس سىياسەت تېپىلمىدى. سوئالىڭىز بولسا كۆزنەكتىن سوراڭ.</translation>
    </message>
    <message>
      <source>残疾等级为一级、二级且需要长期照护的重度残疾人，可申请护理补贴。</source>
      <comment>rule:disabled_care:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>1- ياكى 2-دەرىجىلىك، ئۇزاق مۇددەت قاراشقا موھتاج ئېغىر مېيىپلار ھالىدىن خەۋەر ئېلىش ياردىمى ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>残疾证上是几级？</source>
      <comment>question:disability:text</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مېيىپلىك گۇۋاھنامىسىدە نەچچىنچى دەرىجە؟</translation>
    </message>
    <message>
      <source>没有就点“{label}”。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بولمىسا «{label}» نى بېسىڭ. </translation>
    </message>
    <message>
      <source>没有职工医保的城乡居民都可以参加城乡居民医保；低保、特困等困难人员参保，个人缴费有资助。</source>
      <comment>rule:jumin_yibao:reason</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>خىزمەتچىلەر داۋالاش سۇغۇرتىسى يوق ئاھالىلەرنىڭ ھەممىسى ئاھالىلەر داۋالاش سۇغۇرتىسىغا قاتنىشالايدۇ؛ قىيىنچىلىقتىكىلەرنىڭ ھەققىگە ياردەم بېرىلىدۇ.</translation>
    </message>
    <message>
      <source>没有职工医保的城乡居民都可以参加城乡居民医保；困难人员参保有资助。</source>
      <comment>rule:jumin_yibao:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>خىزمەتچىلەر داۋالاش سۇغۇرتىسى يوق ئاھالىلەرنىڭ ھەممىسى ئاھالىلەر داۋالاش سۇغۇرتىسىغا قاتنىشالايدۇ؛ قىيىنچىلىقتىكىلەرگە ياردەم بېرىلىدۇ.</translation>
    </message>
    <message>
      <source>法律援助</source>
      <comment>rule:falv_yuanzhu:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قانۇن ياردىمى</translation>
    </message>
    <message>
      <source>特困人员救助供养</source>
      <comment>rule:tekun:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئالاھىدە قىيىنچىلىقتىكىلەرنى بېقىش ياردىمى</translation>
    </message>
    <message>
      <source>独居</source>
      <comment>option:family:alone</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يالغۇز تۇرىمەن</translation>
    </message>
    <message>
      <source>独居、空巢、留守等特殊困难老年人可享受定期探访关爱服务。</source>
      <comment>rule:tanfang:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يالغۇز تۇرىدىغان ياكى قېلىپ قالغان ياشانغانلار دائىملىق يوقلاش ۋە كۆيۈنۈش مۇلازىمىتىدىن بەھرىمەن بولىدۇ.</translation>
    </message>
    <message>
      <source>独居老人探访关爱和居家养老服务</source>
      <comment>rule:tanfang:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يالغۇز ياشانغانلارنى يوقلاش ۋە ئۆيدە ياشانغانلار مۇلازىمىتى</translation>
    </message>
    <message>
      <source>生态公益林补偿</source>
      <comment>rule:gongyilin:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئېكولوگىيە ئورمىنى تۆلەم پۇلى</translation>
    </message>
    <message>
      <source>看户口簿上的户别</source>
      <comment>question:hukou:hint</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>نوپۇس دەپتىرىدىكى نوپۇس تۈرىگە قاراڭ</translation>
    </message>
    <message>
      <source>看第二代残疾人证</source>
      <comment>question:disability:hint</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىككىنچى ئەۋلاد مېيىپلىك گۇۋاھنامىسىگە قاراڭ</translation>
    </message>
    <message>
      <source>种了水稻</source>
      <comment>option:land:rice</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>شال تېرىدۇق</translation>
    </message>
    <message>
      <source>种植水稻的农户可按核定面积领取稻谷补贴。</source>
      <comment>rule:daogu:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>شال تېرىغان دېھقانلار تەستىقلانغان كۆلەم بويىچە شال ياردىمى ئالىدۇ.</translation>
    </message>
    <message>
      <source>稻谷补贴</source>
      <comment>rule:daogu:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>شال ياردىمى</translation>
    </message>
    <message>
      <source>符合条件</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>شەرتكە ماس</translation>
    </message>
    <message>
      <source>第{n}题</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{n}-سوئال</translation>
    </message>
    <message>
      <source>耕地地力保护补贴</source>
      <comment>rule:gengdi:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تېرىلغۇ يەر كۈچىنى قوغداش ياردىمى</translation>
    </message>
    <message>
      <source>职工养老保险（有退休金）</source>
      <comment>option:pension:employee</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>خىزمەتچىلەر پېنسىيە سۇغۇرتىسى (پېنسىيەم بار)</translation>
    </message>
    <message>
      <source>补贴查询</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ياردەم پۇلىنى ئىزدەش</translation>
    </message>
    <message>
      <source>请带上：{text}。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئېلىپ كېلىڭ: {text}.</translation>
    </message>
    <message>
      <source>返乡人员就业和创业扶持</source>
      <comment>rule:fanxiang:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يۇرتىغا قايتقانلارغا خىزمەت ۋە ئىگىلىك تىكلەش ياردىمى</translation>
    </message>
    <message>
      <source>返乡的农民工可以登记求职、参加免费培训，创业的可申请创业担保贷款。</source>
      <comment>rule:fanxiang:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يۇرتىغا قايتقان دېھقان ئىشچىلار خىزمەت ئىزدەش ۋە ھەقسىز تەربىيەگە تىزىملىتالايدۇ، ئىگىلىك تىكلىگۈچىلەر ئىگىلىك تىكلەش كاپالەتلىك قەرزىگە ئىلتىماس قىلالايدۇ.</translation>
    </message>
    <message>
      <source>遭了暴雨、洪水、台风、冰雹等自然灾害</source>
      <comment>option:events:disaster</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قاتتىق يامغۇر، كەلكۈن، تەيفۇن، مۆلدۈر قاتارلىق تەبىئىي ئاپەتكە ئۇچرىدى</translation>
    </message>
    <message>
      <source>遭遇火灾、车祸等突发困难</source>
      <comment>option:family:hardship</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئوت ئاپىتى، قاتناش ۋەقەسى قاتارلىق تۇيۇقسىز قىيىنچىلىق</translation>
    </message>
    <message>
      <source>都没有</source>
      <comment>question:events:none_label</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھېچقايسىسى يوق</translation>
    </message>
    <message>
      <source>都没有参加</source>
      <comment>option:pension:none</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھېچقايسىسىغا قاتناشمىدىم</translation>
    </message>
    <message>
      <source>重度残疾人护理补贴</source>
      <comment>rule:disabled_care:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئېغىر مېيىپلار ھالىدىن خەۋەر ئېلىش ياردىمى</translation>
    </message>
    <message>
      <source>防止返贫动态监测和帮扶</source>
      <comment>rule:fangfanpin:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قايتا نامراتلىشىشنىڭ ئالدىنى ئېلىش نازارىتى ۋە ياردىمى</translation>
    </message>
    <message>
      <source>集体和个人所有的公益林，可按面积领取补偿。</source>
      <comment>rule:gongyilin:reason_unsure</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كوللېكتىپ ۋە شەخسلەرنىڭ ئاممىۋى مەنپەئەت ئورمىنى كۆلىمى بويىچە تۆلەم ئالىدۇ.</translation>
    </message>
    <message>
      <source>高龄津贴</source>
      <comment>rule:gaoling:title</comment>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ياشانغانلار ياردەم پۇلى</translation>
    </message>
  </context>
  <context>
    <name>EligibilityPage</name>
    <message>
      <source>‹ 上一题</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>‹ ئالدىنقى سوئال</translation>
    </message>
    <message>
      <source>上一页</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئالدىنقى بەت</translation>
    </message>
    <message>
      <source>下一页</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كېيىنكى بەت</translation>
    </message>
    <message>
      <source>全部打印带走（%1 张）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھەممىسىنى بېسىپ ئېلىپ كېتىش (%1 ۋاراق)</translation>
    </message>
    <message>
      <source>去哪里</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قەيەرگە بېرىش</translation>
    </message>
    <message>
      <source>带什么</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>نېمە ئېلىپ بېرىش</translation>
    </message>
    <message>
      <source>我能享受哪些政策</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ماڭا قايسى سىياسەت ماس؟</translation>
    </message>
    <message>
      <source>手机扫码带走本条，不用上网</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تېلېفون بىلەن سكانېرلاپ ئېلىپ كېتىڭ، تور كەتمەيدۇ</translation>
    </message>
    <message>
      <source>打印带走</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېسىپ ئېلىپ كېتىش</translation>
    </message>
    <message>
      <source>朗读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئوقۇش</translation>
    </message>
    <message>
      <source>标准</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۆلچەم</translation>
    </message>
    <message>
      <source>电话</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تېلېفون</translation>
    </message>
    <message>
      <source>第 %1 题（最多 %2 题，每题都可以跳过）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>%1-سوئال (ئەڭ كۆپ %2، ئاتلاشقا بولىدۇ)</translation>
    </message>
    <message>
      <source>跳过这一题</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ سوئالدىن ئاتلاش</translation>
    </message>
    <message>
      <source>选好了，下一题 ›</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تاللاپ بولدۇم، كېيىنكى سوئال ›</translation>
    </message>
    <message>
      <source>重新回答</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قايتا جاۋاب بېرىش</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>回执二维码校验不通过，请改为手工输入申请编号</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تالوندىكى QR كود دەلىللەنمىدى، ئىلتىماس نومۇرىنى قولدا كىرگۈزۈڭ</translation>
    </message>
    <message>
      <source>没有找到这个编号的申请，请核对回执上的编号</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ نومۇردىكى ئىلتىماس تېپىلمىدى، تالوندىكى نومۇرنى تەكشۈرۈڭ</translation>
    </message>
    <message>
      <source>请输入完整的中文姓名</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تولۇق خەنزۇچە ئىسمىڭىزنى كىرگۈزۈڭ</translation>
    </message>
    <message>
      <source>请输入申请编号（在受理回执上）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىلتىماس نومۇرىنى كىرگۈزۈڭ (تالوندا بار)</translation>
    </message>
    <message>
      <source>请输入身份证号码的最后4位（数字或X）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كىملىك نومۇرىنىڭ ئاخىرقى 4 خانىسىنى كىرگۈزۈڭ (سان ياكى X)</translation>
    </message>
  </context>
  <context>
    <name>Faq</name>
    <message>
      <source>群众常问的问题和答复</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاممىنىڭ كۆپ سورايدىغان سوئاللىرى ۋە جاۋابلىرى</translation>
    </message>
  </context>
  <context>
    <name>Guide</name>
    <message>
      <source>一般不收费。只有申请数量、频次明显超过合理范围时，才会按规定收取信息处理费。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئادەتتە ھەق ئېلىنمايدۇ. ئىلتىماس سانى ياكى قېتىمى مۇۋاپىق دائىرىدىن روشەن ئېشىپ كەتسىلا بەلگىلىمە بويىچە ئۇچۇر بىر تەرەپ قىلىش ھەققى ئېلىنىدۇ.</translation>
    </message>
    <message>
      <source>不能当场答复的，自收到申请之日起20个工作日内答复；需要延长的，最多再延长20个工作日，并会告知您。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>نەق مەيداندا جاۋاب بېرەلمىسە، ئىلتىماس تاپشۇرۇۋېلىنغان كۈندىن باشلاپ 20 خىزمەت كۈنى ئىچىدە جاۋاب بېرىلىدۇ؛ ئۇزارتىش كېرەك بولسا ئەڭ كۆپ يەنە 20 خىزمەت كۈنى ئۇزارتىلىدۇ ۋە سىزگە ئۇقتۇرۇلىدۇ.</translation>
    </message>
    <message>
      <source>也可以通过信函、传真或网上提交申请。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>خەت، فاكس ياكى تور ئارقىلىقمۇ ئىلتىماس قىلالايسىز.</translation>
    </message>
    <message>
      <source>书写确有困难的，可以口头提出，由工作人员代为填写，您核对后签字。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يېزىش قىيىن بولسا ئېغىزاكى ئېيتىڭ، خادىم تولدۇرىدۇ، سىز تەكشۈرۈپ ئىمزا قويىسىز.</translation>
    </message>
    <message>
      <source>到便民服务中心政务公开窗口，填写《政府信息公开申请表》。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>خەلققە قولايلىق مۇلازىمەت مەركىزىدىكى ئاشكارىلاش كۆزنىكىگە بېرىپ، «ھۆكۈمەت ئۇچۇرلىرىنى ئاشكارىلاش ئىلتىماس جەدۋىلى» نى تولدۇرۇڭ.</translation>
    </message>
    <message>
      <source>受理后会给您一张回执，上面有申请编号和二维码。用手机扫二维码，或在本机首页点「进度查询」输入或扫描编号，即可查看办理进度。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قوبۇل قىلىنغاندىن كېيىن سىزگە ئىلتىماس نومۇرى ۋە QR كودى بار تالون بېرىلىدۇ. تېلېفوندا كودنى سكانېرلاڭ ياكى بۇ ماشىنىنىڭ باش بېتىدە «بېجىرىلىش ئەھۋالى» نى بېسىپ نومۇرنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
      <source>多久答复</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قانچە ۋاقىتتا جاۋاب بېرىلىدۇ</translation>
    </message>
    <message>
      <source>如何申请政府信息公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھۆكۈمەت ئۇچۇرلىرىنى ئاشكارىلاشنى قانداق ئىلتىماس قىلىش</translation>
    </message>
    <message>
      <source>希望以什么形式获取：纸质、电子邮件、光盘，自取或邮寄。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قايسى شەكىلدە ئالماقچى: قەغەز، ئېلخەت ياكى دىسكا؛ ئۆزى ئېلىش ياكى پوچتا.</translation>
    </message>
    <message>
      <source>怎么申请</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قانداق ئىلتىماس قىلىش</translation>
    </message>
    <message>
      <source>想要的政府信息的名称、文号，或者能说清楚是哪份信息的描述。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>لازىملىق ئۇچۇرنىڭ نامى، ھۆججەت نومۇرى ياكى قايسى ئۇچۇر ئىكەنلىكىنى ئېنىق چۈشەندۈرىدىغان تەسۋىر.</translation>
    </message>
    <message>
      <source>本人身份证件（代办的还需带委托书和代办人身份证件）。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۆزىڭىزنىڭ كىملىكى (ۋاكالىتەن بېجىرگۈچى ھاۋالەنامە ۋە ئۆز كىملىكىنىمۇ ئېلىپ كېلىدۇ).</translation>
    </message>
    <message>
      <source>查询进度</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئەھۋالنى ئىزدەش</translation>
    </message>
    <message>
      <source>申请内容不明确的，会在7个工作日内一次性告知需要补正的内容。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىلتىماس مەزمۇنى ئېنىق بولمىسا، 7 خىزمەت كۈنى ئىچىدە تولۇقلاشقا تېگىشلىك مەزمۇن بىراقلا ئۇقتۇرۇلىدۇ.</translation>
    </message>
    <message>
      <source>联系电话和通讯地址，便于我们答复您。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىزگە جاۋاب بېرىش ئۈچۈن تېلېفون نومۇرى ۋە ئادرېس.</translation>
    </message>
    <message>
      <source>能当场答复的当场答复。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>نەق مەيداندا جاۋاب بەرگىلى بولىدىغانلىرىغا نەق مەيداندا جاۋاب بېرىلىدۇ.</translation>
    </message>
    <message>
      <source>请带上</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئېلىپ كېلىڭ</translation>
    </message>
    <message>
      <source>费用</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھەق</translation>
    </message>
  </context>
  <context>
    <name>Home</name>
    <message>
      <source>{n}，{title}：{hint}。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{n}. {title}: {hint}.</translation>
    </message>
    <message>
      <source>{township}政务公开专区，首页</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{township} ھۆكۈمەت ئىشلىرىنى ئاشكارىلاش رايونى، باش بەت</translation>
    </message>
    <message>
      <source>今天是{day}。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۈگۈن {day}.</translation>
    </message>
    <message>
      <source>屏幕上有 {n} 个彩色大方块，从左到右、从上到下依次是：</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئېكراندا {n} رەڭلىك چوڭ كۇنۇپكا بار، تەرتىپى:</translation>
    </message>
    <message>
      <source>数据可能已过期，请以政府网站和公告栏为准。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۇچۇرلار ۋاقتى ئۆتكەن بولۇشى مۇمكىن، ھۆكۈمەت تور بېكىتى ۋە ئېلان تاختىسى ئاساس قىلىنىدۇ.</translation>
    </message>
    <message>
      <source>数据尚未同步</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۇچۇرلار تېخى ماسلاشتۇرۇلمىدى</translation>
    </message>
    <message>
      <source>数据更新于 {when}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۇچۇرلار يېڭىلانغان ۋاقىت: {when}</translation>
    </message>
    <message>
      <source>每一页的上方都有「朗读」按钮，点它就能听这一页的内容；「返回」回到上一页，「首页」回到这里。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھەر بەتنىڭ ئۈستىدە «ئوقۇش» كۇنۇپكىسى بار، ئۇنى بېسىپ بەتنى ئاڭلاڭ؛ «قايتىش» ئالدىنقى بەتكە، «باش بەت» بۇ يەرگە قايتىدۇ.</translation>
    </message>
    <message>
      <source>点一下方块就能进入。右上角「搜索」可以找任何内容，「长辈模式」让字变大。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كۇنۇپكىنى بىر بېسىپ كىرىڭ. «ئىزدەش» ھەرقانداق مەزمۇننى تاپىدۇ، «چوڭ خەت» خەتنى چوڭايتىدۇ.</translation>
    </message>
    <message>
      <source>紧急通知：{titles}。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جىددىي ئۇقتۇرۇش: {titles}.</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>二十六个领域的公开事项</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>26 ساھەنىڭ ئاشكارىلاش تۈرلىرى</translation>
    </message>
    <message>
      <source>停止朗读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئوقۇشنى توختىتىش</translation>
    </message>
    <message>
      <source>党务、村务、财务、居务</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پارتىيە، كەنت، مالىيە، مەھەللە ئىشلىرى</translation>
    </message>
    <message>
      <source>回答几个问题，不用打字</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بىر قانچە سوئالغا جاۋاب بېرىڭ، خەت يېزىش كېرەك ئەمەس</translation>
    </message>
    <message>
      <source>怎么申请、带什么材料</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قانداق ئىلتىماس قىلىش، قانداق ماتېرىيال ئېلىپ بېرىش</translation>
    </message>
    <message>
      <source>惠民惠农补贴“一卡通”</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>خەلق ۋە دېھقانلارغا ياردەم پۇلى («بىر كارتا»)</translation>
    </message>
    <message>
      <source>我能享受哪些政策</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ماڭا قايسى سىياسەت ماس؟</translation>
    </message>
    <message>
      <source>提问、评价、草案意见</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سوئال سوراش، مۇلازىمەتكە باھا، لايىھىگە پىكىر</translation>
    </message>
    <message>
      <source>政策文件和通俗解读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىياسەت ھۆججەتلىرى ۋە ئاممىباب چۈشەندۈرۈش</translation>
    </message>
    <message>
      <source>政策解读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىياسەت چۈشەندۈرۈش</translation>
    </message>
    <message>
      <source>数据可能已过期，请以政府网站和公告栏为准</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۇچۇرلار ۋاقتى ئۆتكەن بولۇشى مۇمكىن، ھۆكۈمەت تور بېكىتى ۋە ئېلان تاختىسى ئاساس قىلىنىدۇ</translation>
    </message>
    <message>
      <source>朗读：听听本机怎么用</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئوقۇپ بېرىش: بۇ ماشىنىنى قانداق ئىشلىتىش</translation>
    </message>
    <message>
      <source>村务公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كەنت ئىشلىرىنى ئاشكارىلاش</translation>
    </message>
    <message>
      <source>标准目录</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۆلچەملىك مۇندەرىجە</translation>
    </message>
    <message>
      <source>申请公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاشكارىلاشنى ئىلتىماس قىلىش</translation>
    </message>
    <message>
      <source>留言评价</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سوئال ۋە باھا</translation>
    </message>
    <message>
      <source>紧急通知：</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جىددىي ئۇقتۇرۇش: </translation>
    </message>
    <message>
      <source>补贴查询</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ياردەم پۇلىنى ئىزدەش</translation>
    </message>
    <message>
      <source>输入或扫描申请编号</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىلتىماس نومۇرىنى كىرگۈزۈڭ ياكى سكانېرلاڭ</translation>
    </message>
    <message>
      <source>进度查询</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېجىرىلىش ئەھۋالى</translation>
    </message>
  </context>
  <context>
    <name>IdleOverlay</name>
    <message>
      <source>%1 秒后返回首页</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>%1 سېكۇنتتىن كېيىن باش بەتكە قايتىدۇ</translation>
    </message>
    <message>
      <source>您还在使用吗？</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىز يەنىلا ئىشلىتىۋاتامسىز؟</translation>
    </message>
    <message>
      <source>继续</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>داۋام ئەت</translation>
    </message>
  </context>
  <context>
    <name>ImageViewer</name>
    <message>
      <source>关闭</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تاقاش</translation>
    </message>
    <message>
      <source>放大</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>چوڭايتىش</translation>
    </message>
    <message>
      <source>缩小</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كىچىكلىتىش</translation>
    </message>
    <message>
      <source>（双指或双击放大）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>(ئىككى بارماق ياكى قوش چېكىپ چوڭايتىڭ)</translation>
    </message>
  </context>
  <context>
    <name>ItemPage</name>
    <message>
      <source>已到本页末尾</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بەتنىڭ ئاخىرى</translation>
    </message>
    <message>
      <source>本事项暂无公开文件</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ تۈردە ھازىرچە ئاشكارىلانغان ھۆججەت يوق</translation>
    </message>
    <message>
      <source>看本事项的文件（%1 份）▼</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ تۈرنىڭ ھۆججەتلىرى (%1) ▼</translation>
    </message>
  </context>
  <context>
    <name>KTextArea</name>
    <message>
      <source>%1 / %2 字</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>%1 / %2 ھەرپ</translation>
    </message>
  </context>
  <context>
    <name>KioskKeyboard</name>
    <message>
      <source>姓名：</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىسىم:</translation>
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <source>✓ 长辈模式</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>✓ چوڭ خەت</translation>
    </message>
    <message>
      <source>您还在使用吗？如需继续，请点击继续按钮，否则将返回首页。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىز يەنىلا ئىشلىتىۋاتامسىز؟ داۋاملاشتۇرماقچى بولسىڭىز «داۋاملاشتۇرۇش» نى بېسىڭ، بولمىسا باش بەتكە قايتىدۇ.</translation>
    </message>
    <message>
      <source>搜索</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىزدەش</translation>
    </message>
    <message>
      <source>政务公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھۆكۈمەت ئىشلىرىنى ئاشكارىلاش</translation>
    </message>
    <message>
      <source>政务公开专区</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھۆكۈمەت ئىشلىرىنى ئاشكارىلاش رايونى</translation>
    </message>
    <message>
      <source>长辈模式</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>چوڭ خەت</translation>
    </message>
  </context>
  <context>
    <name>Meta</name>
    <message>
      <source>办公地址</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىشخانا ئادرېسى</translation>
    </message>
    <message>
      <source>办公时间</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىشلەش ۋاقتى</translation>
    </message>
    <message>
      <source>发布日期</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئېلان قىلىنغان كۈن</translation>
    </message>
    <message>
      <source>发布机构</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئېلان قىلغۇچى ئورگان</translation>
    </message>
    <message>
      <source>发文机关</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھۆججەت چىقارغان ئورگان</translation>
    </message>
    <message>
      <source>受理机构</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قوبۇل قىلغۇچى ئورگان</translation>
    </message>
    <message>
      <source>咨询电话</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مەسلىھەت تېلېفونى</translation>
    </message>
    <message>
      <source>文号</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھۆججەت نومۇرى</translation>
    </message>
    <message>
      <source>索引号</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىندېكس نومۇرى</translation>
    </message>
    <message>
      <source>邮政编码</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پوچتا نومۇرى</translation>
    </message>
  </context>
  <context>
    <name>MyPayouts</name>
    <message>
      <source>{year}年 {item}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{year}-يىلى {item}</translation>
    </message>
    <message>
      <source>发放日期 {day}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تارقىتىلغان كۈن {day}</translation>
    </message>
    <message>
      <source>合计 {total}。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جەمئىي {total}.</translation>
    </message>
    <message>
      <source>查我的补贴</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ياردەم پۇلۇمنى ئىزدەش</translation>
    </message>
    <message>
      <source>没有查到记录。请核对姓名和身份证号码后4位，或到村委会咨询。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>خاتىرە تېپىلمىدى. ئىسىم ۋە كىملىك نومۇرىنىڭ ئاخىرقى 4 خانىسىنى تەكشۈرۈڭ ياكى كەنت كومىتېتىدىن سوراڭ.</translation>
    </message>
    <message>
      <source>请输入完整姓名和身份证号码的最后4位，然后点「查询」。本机不保存您输入的内容。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تولۇق ئىسمىڭىز ۋە كىملىك نومۇرىنىڭ ئاخىرقى 4 خانىسىنى كىرگۈزۈپ «ئىزدەش» نى بېسىڭ. كىرگۈزگەنلىرىڭىز ساقلانمايدۇ.</translation>
    </message>
  </context>
  <context>
    <name>MyPayoutsPage</name>
    <message>
      <source>共 %1 笔，合计 %2</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>%1 قېتىم، جەمئىي %2</translation>
    </message>
    <message>
      <source>姓名（完整填写）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تولۇق ئىسىم</translation>
    </message>
    <message>
      <source>已到最后一笔</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تىزىملىكنىڭ ئاخىرى</translation>
    </message>
    <message>
      <source>本机不保存您输入的内容。查询结果中姓名同样隐去部分文字。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كىرگۈزگەنلىرىڭىز ساقلانمايدۇ. نەتىجىدىكى ئىسىملارمۇ قىسمەن يوشۇرۇلىدۇ.</translation>
    </message>
    <message>
      <source>查我的补贴</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ياردەم پۇلۇمنى ئىزدەش</translation>
    </message>
    <message>
      <source>查询</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىزدەش</translation>
    </message>
    <message>
      <source>身份证号码后4位</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كىملىك نومۇرىنىڭ ئاخىرقى 4 خانىسى</translation>
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <source>{category}　发布于 {day}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{category}  ·  ئېلان قىلىنغان {day}</translation>
    </message>
    <message>
      <source>{label}：{value}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <source>{n} 个公开事项</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{n} ئاشكارىلاش تۈرى</translation>
    </message>
    <message>
      <source>{n} 个具体事项（二级事项）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{n} كونكرېت تۈر (2-دەرىجە)</translation>
    </message>
    <message>
      <source>{n} 份文件</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{n} ھۆججەت</translation>
    </message>
    <message>
      <source>{plain}（{term}）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{plain} ({term})</translation>
    </message>
    <message>
      <source>{title}　照片</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{title}  ·  رەسىم</translation>
    </message>
    <message>
      <source>{title}　第 {n} 张照片，共 {count} 张</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{title}  ·  {count} رەسىمنىڭ {n}-سى</translation>
    </message>
    <message>
      <source>{village} {year}年 {item}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{village} {year}-يىلى {item}</translation>
    </message>
    <message>
      <source>{village}{year}年全部补贴合计 {n} 笔 {total}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{village} {year}-يىلى بارلىق ياردەم: {n} قېتىم، {total}</translation>
    </message>
    <message>
      <source>{year}年</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{year}-يىلى</translation>
    </message>
    <message>
      <source>公示至</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئېلان مۇددىتى</translation>
    </message>
    <message>
      <source>公示至 {day}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{day} غىچە ئېلان قىلىنىدۇ</translation>
    </message>
    <message>
      <source>共 {n} 笔</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{n} قېتىم</translation>
    </message>
    <message>
      <source>历史存档（已过公示期）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئارخىپ (ئېلان مۇددىتى ئۆتكەن)</translation>
    </message>
    <message>
      <source>发布日期</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئېلان قىلىنغان كۈن</translation>
    </message>
    <message>
      <source>基层政务公开标准目录：请选择领域</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاشكارىلاش ئۆلچەملىك مۇندەرىجىسى: ساھە تاللاڭ</translation>
    </message>
    <message>
      <source>已经申请过？</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىلتىماس قىلىپ بولدىڭىزمۇ؟</translation>
    </message>
    <message>
      <source>惠民惠农补贴“一卡通”发放名单：请选择村或社区</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ياردەم پۇلى تارقىتىش تىزىملىكى: كەنت ياكى مەھەللە تاللاڭ</translation>
    </message>
    <message>
      <source>政策文件</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىياسەت ھۆججىتى</translation>
    </message>
    <message>
      <source>政策文件和通俗解读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىياسەت ھۆججەتلىرى ۋە ئاممىباب چۈشەندۈرۈش</translation>
    </message>
    <message>
      <source>政策解读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىياسەت چۈشەندۈرۈش</translation>
    </message>
    <message>
      <source>无法打开：{target}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاچقىلى بولمىدى: {target}</translation>
    </message>
    <message>
      <source>有解读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>چۈشەندۈرۈشى بار</translation>
    </message>
    <message>
      <source>本事项下公开的文件（{n}）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ تۈردە ئاشكارىلانغان ھۆججەتلەر ({n})</translation>
    </message>
    <message>
      <source>本公告已过公示期，仅供查阅存档</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ ئېلاننىڭ مۇددىتى ئۆتتى، پەقەت ئارخىپ ئۈچۈن</translation>
    </message>
    <message>
      <source>本项目合计 {n} 笔 {total}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ تۈر: {n} قېتىم، {total}</translation>
    </message>
    <message>
      <source>村务公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كەنت ئىشلىرىنى ئاشكارىلاش</translation>
    </message>
    <message>
      <source>查我的补贴（姓名＋身份证后4位）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ياردەم پۇلۇمنى ئىزدەش (ئىسىم + كىملىك 4 خانە)</translation>
    </message>
    <message>
      <source>查看政策原文</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىياسەت ئەسلى نۇسخىسىنى كۆرۈش</translation>
    </message>
    <message>
      <source>查看通俗解读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاممىباب چۈشەندۈرۈشنى كۆرۈش</translation>
    </message>
    <message>
      <source>查询申请进度</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىلتىماسنىڭ بېجىرىلىش ئەھۋالىنى ئىزدەش</translation>
    </message>
    <message>
      <source>标准目录</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۆلچەملىك مۇندەرىجە</translation>
    </message>
    <message>
      <source>正在公示</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئېلان قىلىنىۋاتىدۇ</translation>
    </message>
    <message>
      <source>正在公示 {current} 条，历史存档 {archive} 条</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{current} ئېلان قىلىنىۋاتىدۇ، {archive} ئارخىپتا</translation>
    </message>
    <message>
      <source>社区</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مەھەللە</translation>
    </message>
    <message>
      <source>类别</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تۈرى</translation>
    </message>
    <message>
      <source>紧急</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جىددىي</translation>
    </message>
    <message>
      <source>行政村</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كەنت</translation>
    </message>
    <message>
      <source>补贴查询</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ياردەم پۇلىنى ئىزدەش</translation>
    </message>
    <message>
      <source>请选择具体事项（二级事项）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كونكرېت تۈرنى تاللاڭ (2-دەرىجە)</translation>
    </message>
    <message>
      <source>请选择大类（一级事项）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>چوڭ تۈرنى تاللاڭ (1-دەرىجە)</translation>
    </message>
    <message>
      <source>请选择年度</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يىلنى تاللاڭ</translation>
    </message>
    <message>
      <source>请选择您所在的村或社区</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كەنتىڭىز ياكى مەھەللىڭىزنى تاللاڭ</translation>
    </message>
    <message>
      <source>请选择补贴项目（金额为历年合计）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ياردەم تۈرىنى تاللاڭ (سومما يىللارنىڭ جەمئىيى)</translation>
    </message>
    <message>
      <source>输入或扫描回执上的申请编号</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تالوندىكى نومۇرنى كىرگۈزۈڭ ياكى سكانېرلاڭ</translation>
    </message>
    <message>
      <source>长期公示</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۇزاق مۇددەت ئېلان قىلىنىدۇ</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <source>{label}：{value}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <source>{plain}（{term}）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{plain} ({term})</translation>
    </message>
    <message>
      <source>{title}：</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{title}:</translation>
    </message>
    <message>
      <source>另有 {n} 项，请在屏幕上查看。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يەنە {n} تۈر بار، ئېكراندىن كۆرۈڭ.</translation>
    </message>
    <message>
      <source>本页有 {n} 张照片，点照片可以放大。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ بەتتە {n} رەسىم بار، بېسىپ چوڭايتىڭ.</translation>
    </message>
    <message>
      <source>本页有二维码，可用手机扫码带走。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ بەتتە QR كود بار، تېلېفونىڭىزدا سكانېرلاپ ئېلىپ كېتىڭ.</translation>
    </message>
    <message>
      <source>相关内容</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مۇناسىۋەتلىك مەزمۇن</translation>
    </message>
    <message>
      <source>第 {n} 项，{title}，{subtitle}。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{n}-تۈر: {title}، {subtitle}.</translation>
    </message>
    <message>
      <source>附件：{name}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قوشۇمچە: {name}</translation>
    </message>
  </context>
  <context>
    <name>Pager</name>
    <message>
      <source>▲ 上一页</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>▲ ئالدىنقى بەت</translation>
    </message>
    <message>
      <source>下一页 ▼</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كېيىنكى بەت ▼</translation>
    </message>
  </context>
  <context>
    <name>Payouts</name>
    <message>
      <source>{day}发放</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{day} تارقىتىلغان</translation>
    </message>
    <message>
      <source>为保护个人隐私，姓名已隐去部分文字。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>شەخسىي مەخپىيەتلىكنى قوغداش ئۈچۈن ئىسىملار قىسمەن يوشۇرۇلدى.</translation>
    </message>
    <message>
      <source>本年度没有发放记录</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ يىل تارقىتىش خاتىرىسى يوق</translation>
    </message>
  </context>
  <context>
    <name>PayoutsPage</name>
    <message>
      <source>为保护个人隐私，姓名已隐去部分文字。查本人记录请用「查我的补贴」。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>شەخسىي مەخپىيەتلىكنى قوغداش ئۈچۈن ئىسىملار قىسمەن يوشۇرۇلدى. ئۆزىڭىزنىڭ خاتىرىسى ئۈچۈن «ياردەم پۇلۇمنى ئىزدەش» نى ئىشلىتىڭ.</translation>
    </message>
    <message>
      <source>共 %1 条，已全部显示</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھەممە %1 قۇر كۆرسىتىلدى</translation>
    </message>
    <message>
      <source>发放日期</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تارقىتىلغان كۈن</translation>
    </message>
    <message>
      <source>姓名</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىسىم</translation>
    </message>
    <message>
      <source>期号</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مەزگىل</translation>
    </message>
    <message>
      <source>期号 %1　发放日期 %2</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مەزگىل %1　تارقىتىلغان كۈن %2</translation>
    </message>
    <message>
      <source>村民小组</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>گۇرۇپپا</translation>
    </message>
    <message>
      <source>第 %1–%2 条，共 %3 条</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>%1–%2-قۇر، جەمئىي %3</translation>
    </message>
    <message>
      <source>金额</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سومما</translation>
    </message>
  </context>
  <context>
    <name>QrCard</name>
    <message>
      <source>手机扫码，带走本页</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تېلېفونىڭىزدا سكانېرلاپ بۇ بەتنى ئېلىپ كېتىڭ</translation>
    </message>
  </context>
  <context>
    <name>ReadAloud</name>
    <message>
      <source>声音播放失败，暂时无法朗读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاۋاز قويۇش مەغلۇپ بولدى، ھازىرچە ئوقۇپ بېرەلمەيدۇ</translation>
    </message>
    <message>
      <source>本机未安装朗读组件，暂时无法朗读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ ماشىنىدا ئوقۇپ بېرىش زاپچىسى قاچىلانمىغان</translation>
    </message>
    <message>
      <source>本机没有可用的扬声器或耳机，暂时无法朗读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ ماشىنىدا ئىشلەيدىغان ياڭراتقۇ ياكى قۇلاقچا يوق، ھازىرچە ئوقۇپ بېرەلمەيدۇ</translation>
    </message>
    <message>
      <source>本机的朗读组件没有这种语言的语音，暂时无法朗读，请阅读屏幕上的文字</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ ماشىنىنىڭ ئوقۇپ بېرىش زاپچىسىدا بۇ تىلنىڭ ئاۋازى يوق، ئېكراندىكى خەتنى ئوقۇڭ</translation>
    </message>
    <message>
      <source>语音合成失败，暂时无法朗读，请阅读屏幕上的文字</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاۋاز ھاسىل قىلىش مەغلۇپ بولدى، ئېكراندىكى خەتنى ئوقۇڭ</translation>
    </message>
  </context>
  <context>
    <name>ReaderPage</name>
    <message>
      <source>已到本页末尾</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بەتنىڭ ئاخىرى</translation>
    </message>
    <message>
      <source>打印带走</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېسىپ ئېلىپ كېتىش</translation>
    </message>
    <message>
      <source>扫码带走</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سكانېرلاپ ئېلىپ كېتىش</translation>
    </message>
    <message>
      <source>点击放大</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>چوڭايتىش ئۈچۈن بېسىڭ</translation>
    </message>
    <message>
      <source>附件</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قوشۇمچە ھۆججەت</translation>
    </message>
  </context>
  <context>
    <name>Rows</name>
    <message>
      <source>也可以点「{label}」。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>«{label}» نى باسسىڭىزمۇ بولىدۇ.</translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <source>{label}：{value}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <source>【已过公示期】</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>[ئېلان ۋاقتى ئۆتكەن] </translation>
    </message>
    <message>
      <source>也可以把问题告诉窗口工作人员或写下来留下，工作人员会答复您；要正式取得政府信息，可以申请政府信息公开。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سوئالىڭىزنى كۆزنەكتىكى خادىمغا ئېيتسىڭىز ياكى يېزىپ قالدۇرسىڭىز، خادىم جاۋاب بېرىدۇ؛ ھۆكۈمەت ئۇچۇرىنى رەسمىي ئالماقچى بولسىڭىز، ئۇچۇر ئاشكارىلاشقا ئىلتىماس قىلالايسىز.</translation>
    </message>
    <message>
      <source>乡镇与村</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يېزا-بازار ۋە كەنت</translation>
    </message>
    <message>
      <source>公开文件</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھۆججەتلەر</translation>
    </message>
    <message>
      <source>到哪里办</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قەيەردە بېجىرىلىدۇ</translation>
    </message>
    <message>
      <source>办公时间</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىشلەش ۋاقتى</translation>
    </message>
    <message>
      <source>办公时间：{hours}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىشلەش ۋاقتى: {hours}</translation>
    </message>
    <message>
      <source>去查询</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سۈرۈشتۈرۈش</translation>
    </message>
    <message>
      <source>去申请</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىلتىماس قىلىش</translation>
    </message>
    <message>
      <source>同义词表</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مەنىداش سۆزلەر</translation>
    </message>
    <message>
      <source>咨询电话</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مەسلىھەت تېلېفونى</translation>
    </message>
    <message>
      <source>地址：{address}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئادرېس: {address}</translation>
    </message>
    <message>
      <source>多久办好</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قانچە ۋاقىتتا پۈتىدۇ</translation>
    </message>
    <message>
      <source>工作日历</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>خىزمەت كالېندارى</translation>
    </message>
    <message>
      <source>开始</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>باشلاش</translation>
    </message>
    <message>
      <source>意见征集</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىكىر توپلاش</translation>
    </message>
    <message>
      <source>搜索</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىزدەش</translation>
    </message>
    <message>
      <source>搜索“{text}”的结果。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>«{text}» نىڭ ئىزدەش نەتىجىسى.</translation>
    </message>
    <message>
      <source>搜索功能暂不可用，请从首页逐级查找</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىزدەش ھازىرچە ئىشلىمەيدۇ، باش بەتتىن باسقۇچمۇ-باسقۇچ ئىزدەڭ</translation>
    </message>
    <message>
      <source>政务公开窗口</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھۆكۈمەت ئىشلىرىنى ئاشكارىلاش كۆزنىكى</translation>
    </message>
    <message>
      <source>政策找人</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قايسى سىياسەتتىن بەھرىمەن بولالايمەن</translation>
    </message>
    <message>
      <source>政策解读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىياسەت چۈشەندۈرۈش</translation>
    </message>
    <message>
      <source>村务公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كەنت ئىشلىرى ئاشكارىلىقى</translation>
    </message>
    <message>
      <source>查看全文</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تولۇق ئوقۇش</translation>
    </message>
    <message>
      <source>标准目录</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۆلچەملىك مۇندەرىجە</translation>
    </message>
    <message>
      <source>正在搜索“{text}”</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>«{text}» ئىزدەلمەكتە</translation>
    </message>
    <message>
      <source>没有找到与“{text}”有关的内容</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>«{text}» غا مۇناسىۋەتلىك مەزمۇن تېپىلمىدى</translation>
    </message>
    <message>
      <source>答复</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جاۋاب</translation>
    </message>
    <message>
      <source>简明问答</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قىسقا سوئال-جاۋاب</translation>
    </message>
    <message>
      <source>补贴查询</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ياردەم پۇلى سۈرۈشتۈرۈش</translation>
    </message>
    <message>
      <source>请到{office}咨询工作人员</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{office} دىكى خادىملاردىن سوراڭ</translation>
    </message>
    <message>
      <source>请到政务公开窗口咨询工作人员。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھۆكۈمەت ئىشلىرىنى ئاشكارىلاش كۆزنىكىدىكى خادىملاردىن سوراڭ.</translation>
    </message>
    <message>
      <source>请在输入框里输入想找的内容，汉字或拼音首字母都可以，结果会显示在下面。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىزدىمەكچى بولغان مەزمۇننى كىرگۈزۈڭ (خەنزۇچە ياكى پىنيىن باش ھەرپلىرى)، نەتىجە تۆۋەندە كۆرۈنىدۇ.</translation>
    </message>
    <message>
      <source>需要带的材料</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئېلىپ بارىدىغان ماتېرىياللار</translation>
    </message>
    <message>
      <source>，电话：{phone}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>، تېلېفون: {phone}</translation>
    </message>
  </context>
  <context>
    <name>SearchPage</name>
    <message>
      <source>大家常查：</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كۆپ ئىزدەلگەنلەر: </translation>
    </message>
    <message>
      <source>已到结果末尾</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>نەتىجىنىڭ ئاخىرى</translation>
    </message>
    <message>
      <source>想办什么事？如“低保怎么申请”，或拼音“dibao”</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>نېمە ئىش بېجىرمەكچى؟ مەسىلەن «低保怎么申请» ياكى پىنيىن «dibao»</translation>
    </message>
    <message>
      <source>找不到想要的内容？</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىزدىگىنىڭىزنى تاپالمىدىڭىزمۇ؟</translation>
    </message>
    <message>
      <source>搜索</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىزدەش</translation>
    </message>
    <message>
      <source>最佳答案</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئەڭ ياخشى جاۋاب</translation>
    </message>
    <message>
      <source>本镇没有直接回答这个问题的内容。相近的内容：</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ يەردە بۇ سوئالغا بىۋاسىتە جاۋاب يوق. يېقىن تېمىلار:</translation>
    </message>
    <message>
      <source>查看全文</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تولۇق ئوقۇش</translation>
    </message>
    <message>
      <source>清空</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تازىلاش</translation>
    </message>
  </context>
  <context>
    <name>SlipPrinter</name>
    <message>
      <source>{n} 张都已存为打印文件（本机没有接打印机，演示）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{n} ۋاراقنىڭ ھەممىسى بېسىش ھۆججىتى قىلىپ ساقلاندى (بۇ كۆرسىتىش ماشىنىسىغا پرىنتېر ئۇلانمىغان)</translation>
    </message>
    <message>
      <source>{n} 张都已打印，请在出纸口取走</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{n} ۋاراقنىڭ ھەممىسى بېسىلدى، قەغەز چىقىدىغان يەردىن ئېلىڭ</translation>
    </message>
    <message>
      <source>已存为打印文件（本机没有接打印机，演示）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېسىش ھۆججىتى قىلىپ ساقلاندى (بۇ كۆرسىتىش ماشىنىسىغا پرىنتېر ئۇلانمىغان)</translation>
    </message>
    <message>
      <source>已打印 {done} 张，第 {next} 张{reason}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{done} ۋاراق بېسىلدى؛ {next}-ۋاراق: {reason}</translation>
    </message>
    <message>
      <source>已打印，请在出纸口取走</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېسىلدى، قەغەز چىقىدىغان يەردىن ئېلىڭ</translation>
    </message>
    <message>
      <source>打印机出现意外错误：{name}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پرىنتېردا كۈتۈلمىگەن خاتالىق: {name}</translation>
    </message>
    <message>
      <source>本单无法生成</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ ۋاراقنى ھاسىل قىلغىلى بولمىدى</translation>
    </message>
    <message>
      <source>正在打印 {n} 张……</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{n} ۋاراق بېسىلىۋاتىدۇ…</translation>
    </message>
    <message>
      <source>正在打印……</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېسىلىۋاتىدۇ…</translation>
    </message>
    <message>
      <source>没能打印：{reason}。可以用手机扫码带走，或请窗口工作人员帮忙打印。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېسىلمىدى: {reason}. تېلېفون بىلەن كودنى سكانېرلاپ ئېلىپ كېتىڭ، ياكى كۆزنەكتىكى خادىمدىن بېسىپ بېرىشنى سوراڭ.</translation>
    </message>
  </context>
  <context>
    <name>Speech</name>
    <message>
      <source>下面读第 {first} 至第 {last} {unit}：</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{first} دىن {last} گىچە ئوقۇلىدۇ:</translation>
    </message>
    <message>
      <source>共 {count} {unit}。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جەمئىي {count}.</translation>
    </message>
    <message>
      <source>已读到最后一{unit}。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاخىرقىسى ئوقۇلدى.</translation>
    </message>
    <message>
      <source>暂无内容</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھازىرچە مەزمۇن يوق</translation>
    </message>
    <message>
      <source>条</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قۇر</translation>
    </message>
    <message>
      <source>笔</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قېتىم</translation>
    </message>
    <message>
      <source>第 {n} {unit}，{entry}。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{n}: {entry}.</translation>
    </message>
    <message>
      <source>第 {n} {unit}：</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>{n}-:</translation>
    </message>
    <message>
      <source>还有更多内容，请点「下一页」后再点「朗读」。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يەنە مەزمۇن بار، «كېيىنكى بەت» نى بېسىپ ئاندىن «ئوقۇش» نى بېسىڭ.</translation>
    </message>
    <message>
      <source>项</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تۈر</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>办理状态：{value}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېجىرىش ئەھۋالى: {value}</translation>
    </message>
    <message>
      <source>受理日期：{value}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قوبۇل قىلىنغان كۈن: {value}</translation>
    </message>
    <message>
      <source>如何获取答复</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جاۋابنى قانداق ئالىدۇ</translation>
    </message>
    <message>
      <source>已办结</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېجىرىلىپ بولدى</translation>
    </message>
    <message>
      <source>已受理，正在办理</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قوبۇل قىلىندى، بېجىرىلىۋاتىدۇ</translation>
    </message>
    <message>
      <source>已延期答复，正在办理</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جاۋاب بېرىش ۋاقتى ئۇزارتىلدى، بىر تەرەپ قىلىنىۋاتىدۇ</translation>
    </message>
    <message>
      <source>已答复</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جاۋاب بېرىلدى</translation>
    </message>
    <message>
      <source>延期</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۇزارتىش</translation>
    </message>
    <message>
      <source>当场答复或另行通知</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>نەق مەيداندا جاۋاب بېرىلىدۇ ياكى ئايرىم ئۇقتۇرۇلىدۇ</translation>
    </message>
    <message>
      <source>期限怎么算</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مۆھلەت قانداق ھېسابلاندى</translation>
    </message>
    <message>
      <source>未按期补正，视为放弃申请</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ۋاقتىدا تولۇقلانمىدى، ئىلتىماستىن ۋاز كەچكەن ھېسابلىنىدۇ</translation>
    </message>
    <message>
      <source>正在办理</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېجىرىلىۋاتىدۇ</translation>
    </message>
    <message>
      <source>正在征求第三方意见（这段时间不计入办理期限）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۈچىنچى تەرەپنىڭ پىكرى ئېلىنىۋاتىدۇ (بۇ ۋاقىت مۆھلەتكە ھېسابلانمايدۇ)</translation>
    </message>
    <message>
      <source>法定答复期限：{value}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قانۇنىي جاۋاب مۇددىتى: {value}</translation>
    </message>
    <message>
      <source>申请编号：{value}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىلتىماس نومۇرى: {value}</translation>
    </message>
    <message>
      <source>答复日期</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جاۋاب چېسلاسى</translation>
    </message>
    <message>
      <source>答复结果</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جاۋاب نەتىجىسى</translation>
    </message>
    <message>
      <source>补正</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تولۇقلاش</translation>
    </message>
    <message>
      <source>请输入受理回执上的申请编号，或用扫码枪扫描回执上的二维码，然后点「查询」。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تالوندىكى ئىلتىماس نومۇرىنى كىرگۈزۈڭ ياكى QR كودنى سكانېرلاڭ، ئاندىن «ئىزدەش» نى بېسىڭ.</translation>
    </message>
    <message>
      <source>进度查询</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېجىرىلىش ئەھۋالى</translation>
    </message>
    <message>
      <source>需要补正材料</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قوشۇمچە ماتېرىيال كېرەك</translation>
    </message>
    <message>
      <source>（已超过法定答复期限）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation> (قانۇنىي مۇددەتتىن ئۆتتى)</translation>
    </message>
    <message>
      <source>（暂定，待明年节假日安排公布后确认）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation> (ۋاقىتلىق، كېلەر يىلنىڭ دەم ئېلىش كۈنلىرى ئېلان قىلىنغاندىن كېيىن جەزملىشىدۇ)</translation>
    </message>
  </context>
  <context>
    <name>StatusPage</name>
    <message>
      <source>办理状态</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېجىرىش ئەھۋالى</translation>
    </message>
    <message>
      <source>受理日期</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قوبۇل قىلىنغان كۈن</translation>
    </message>
    <message>
      <source>查询</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىزدەش</translation>
    </message>
    <message>
      <source>法定答复期限</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قانۇنىي جاۋاب بېرىش مۇددىتى</translation>
    </message>
    <message>
      <source>申请编号</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىلتىماس نومۇرى</translation>
    </message>
    <message>
      <source>请输入受理回执上的申请编号，或用扫码枪扫描回执上的二维码。</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تالوندىكى ئىلتىماس نومۇرىنى كىرگۈزۈڭ ياكى تالوندىكى QR كودنى سكانېرلاڭ.</translation>
    </message>
    <message>
      <source>进度查询</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېجىرىلىش ئەھۋالى</translation>
    </message>
  </context>
  <context>
    <name>Toolbar</name>
    <message>
      <source>‹ 返回</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>‹ قايتىش</translation>
    </message>
    <message>
      <source>停止朗读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئوقۇشنى توختىتىش</translation>
    </message>
    <message>
      <source>朗读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئوقۇش</translation>
    </message>
    <message>
      <source>首页</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>باش بەت</translation>
    </message>
  </context>
  <context>
    <name>Voice</name>
    <message>
      <source>不满意</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>نارازى</translation>
    </message>
    <message>
      <source>其他</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>باشقا</translation>
    </message>
    <message>
      <source>办事流程复杂</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بېجىرىش جەريانى مۇرەككەپ</translation>
    </message>
    <message>
      <source>医疗卫生</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>داۋالاش-سەھىيە</translation>
    </message>
    <message>
      <source>土地房屋</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يەر ۋە ئۆي</translation>
    </message>
    <message>
      <source>基本满意</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئاساسەن رازى</translation>
    </message>
    <message>
      <source>工作人员态度不好</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>خادىملارنىڭ پوزىتسىيەسى ياخشى ئەمەس</translation>
    </message>
    <message>
      <source>惠农补贴</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>دېھقانلارغا ياردەم پۇلى</translation>
    </message>
    <message>
      <source>户籍证件</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>نوپۇس ۋە كىنىشكا</translation>
    </message>
    <message>
      <source>教育就学</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مائارىپ</translation>
    </message>
    <message>
      <source>村务公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>كەنت ئىشلىرى ئاشكارىلىقى</translation>
    </message>
    <message>
      <source>民政救助</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىجتىمائىي ياردەم</translation>
    </message>
    <message>
      <source>满意</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>رازى</translation>
    </message>
    <message>
      <source>社会保障</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئىجتىمائىي كاپالەت</translation>
    </message>
    <message>
      <source>等候时间太长</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ساقلاش ۋاقتى بەك ئۇزۇن</translation>
    </message>
    <message>
      <source>设备不好用</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۈسكۈنىنى ئىشلىتىش قىيىن</translation>
    </message>
    <message>
      <source>问题没有解决</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مەسىلەم ھەل بولمىدى</translation>
    </message>
    <message>
      <source>非常不满意</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بەك نارازى</translation>
    </message>
    <message>
      <source>非常满意</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بەك رازى</translation>
    </message>
  </context>
  <context>
    <name>VoicePage</name>
    <message>
      <source>1. 选择问题类别</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>1. سوئال تۈرىنى تاللاڭ</translation>
    </message>
    <message>
      <source>2. 写下您的问题（最多 %1 字，请不要写身份证号码和电话）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>2. سوئالىڭىزنى يېزىڭ (ئەڭ كۆپ %1 خەت؛ كىملىك نومۇرى ۋە تېلېفون يازماڭ)</translation>
    </message>
    <message>
      <source>✓ 同意留电话，仅用于回电答复</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>✓ تېلېفونۇمنى قالدۇرۇشقا قوشۇلىمەن، پەقەت تېلېفوندا جاۋاب بېرىش ئۈچۈن</translation>
    </message>
    <message>
      <source>为我们的服务评价</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>مۇلازىمىتىمىزگە باھا بېرىڭ</translation>
    </message>
    <message>
      <source>其他原因（自己写）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>باشقا سەۋەب (ئۆزىڭىز يېزىڭ)</translation>
    </message>
    <message>
      <source>回电号码（不会显示给任何人）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جاۋاب تېلېفون نومۇرى (ھېچكىمگە كۆرسىتىلمەيدۇ)</translation>
    </message>
    <message>
      <source>希望电话答复？点此同意留电话</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>تېلېفوندا جاۋاب ئالامسىز؟ قوشۇلسىڭىز بۇ يەرنى بېسىڭ</translation>
    </message>
    <message>
      <source>您的问题</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سوئالىڭىز</translation>
    </message>
    <message>
      <source>您选择了“%1”，请点一项原因</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سىز «%1» نى تاللىدىڭىز، بىر سەۋەبنى بېسىڭ</translation>
    </message>
    <message>
      <source>意见征集：草案公开征求意见</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىكىر توپلاش: لايىھىلەرگە پىكىر</translation>
    </message>
    <message>
      <source>提交原因</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سەۋەبنى يوللاش</translation>
    </message>
    <message>
      <source>提交留言</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سوئالنى يوللاش</translation>
    </message>
    <message>
      <source>本次已评价：%1</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بۇ قېتىم باھا بېرىلدى: %1</translation>
    </message>
    <message>
      <source>点一下您的评价（不记录任何个人信息）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>باھايىڭىزنى بېسىڭ (ھېچقانداق شەخسىي ئۇچۇر خاتىرىلەنمەيدۇ)</translation>
    </message>
    <message>
      <source>留言提问</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سوئال قالدۇرۇش</translation>
    </message>
    <message>
      <source>留言评价</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>سوئال ۋە باھا</translation>
    </message>
    <message>
      <source>看看简明问答（常见问题的答复）</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>قىسقا سوئال-جاۋابنى كۆرۈڭ (كۆپ سورىلىدىغان سوئاللارغا جاۋاب)</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>分词'</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئايرىش '</translation>
    </message>
    <message>
      <source>符号</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بەلگە</translation>
    </message>
  </context>
  <context>
    <name>numbers</name>
    <message>
      <source>字母</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ھەرپ</translation>
    </message>
  </context>
  <context>
    <name>style</name>
    <message>
      <source>&lt;b&gt;中&lt;/b&gt;/英</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>&lt;b&gt;中&lt;/b&gt;/EN</translation>
    </message>
    <message>
      <source>中/&lt;b&gt;英&lt;/b&gt;</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>中/&lt;b&gt;EN&lt;/b&gt;</translation>
    </message>
    <message>
      <source>删除</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
      <source>大写</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>چوڭ ھەرپ</translation>
    </message>
    <message>
      <source>大写锁定</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>چوڭ ھەرپ قۇلۇپى</translation>
    </message>
    <message>
      <source>收起</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>يىغىش</translation>
    </message>
    <message>
      <source>确定</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>جەزملەش</translation>
    </message>
    <message>
      <source>空格</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>بوشلۇق</translation>
    </message>
  </context>
  <context>
    <name>symbols</name>
    <message>
      <source>拼音</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>پىنيىن</translation>
    </message>
  </context>
</TS>
