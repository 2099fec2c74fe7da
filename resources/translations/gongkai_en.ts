<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>Catalogue</name>
    <message>
      <source>一级事项</source>
      <translation>Level-1 item</translation>
    </message>
    <message>
      <source>二级事项</source>
      <translation>Level-2 item</translation>
    </message>
    <message>
      <source>依据哪些规定</source>
      <translation>Which rules apply</translation>
    </message>
    <message>
      <source>公开主体</source>
      <translation>Disclosing body</translation>
    </message>
    <message>
      <source>公开依据</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <source>公开内容（要素）</source>
      <translation>Content disclosed (elements)</translation>
    </message>
    <message>
      <source>公开哪些内容</source>
      <translation>What is disclosed</translation>
    </message>
    <message>
      <source>公开对象</source>
      <translation>Audience</translation>
    </message>
    <message>
      <source>公开层级</source>
      <translation>Disclosure level</translation>
    </message>
    <message>
      <source>公开方式</source>
      <translation>Manner of disclosure</translation>
    </message>
    <message>
      <source>公开时限</source>
      <translation>Time limit</translation>
    </message>
    <message>
      <source>公开渠道和载体</source>
      <translation>Channels and media</translation>
    </message>
    <message>
      <source>具体事项</source>
      <translation>Specific item</translation>
    </message>
    <message>
      <source>向谁公开</source>
      <translation>Disclosed to whom</translation>
    </message>
    <message>
      <source>在哪里公开</source>
      <translation>Where it is disclosed</translation>
    </message>
    <message>
      <source>多久内公开</source>
      <translation>Disclosed within</translation>
    </message>
    <message>
      <source>大类</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>怎样公开</source>
      <translation>How it is disclosed</translation>
    </message>
    <message>
      <source>由哪一级负责</source>
      <translation>Which level is responsible</translation>
    </message>
    <message>
      <source>由谁公开</source>
      <translation>Who discloses it</translation>
    </message>
  </context>
  <context>
    <name>ChoicePage</name>
    <message>
      <source>共 %1 项，已到最后</source>
      <translation>%1 items, end of the list</translation>
    </message>
    <message>
      <source>暂无内容</source>
      <translation>Nothing here yet</translation>
    </message>
    <message>
      <source>第 %1–%2 项，共 %3 项</source>
      <translation>Items %1–%2 of %3</translation>
    </message>
    <message>
      <source>紧急</source>
      <translation>Urgent</translation>
    </message>
  </context>
  <context>
    <name>CommentPage</name>
    <message>
      <source>✓ 同意留下姓名电话，仅用于联系我</source>
      <translation>✓ I agree to leave my name and phone, only to be contacted</translation>
    </message>
    <message>
      <source>写下您的意见（最多 %1 字；请不要写身份证号码和电话）</source>
      <translation>Write your comment (at most %1 characters; no ID or phone numbers, please)</translation>
    </message>
    <message>
      <source>姓名（不会公开）</source>
      <translation>Name (never published)</translation>
    </message>
    <message>
      <source>您的意见</source>
      <translation>Your comment</translation>
    </message>
    <message>
      <source>愿意留下姓名电话？点此同意（可不填）</source>
      <translation>Leave your name and phone? Tap to agree (optional)</translation>
    </message>
    <message>
      <source>我要提意见</source>
      <translation>Comment on this draft</translation>
    </message>
    <message>
      <source>提交意见</source>
      <translation>Send comment</translation>
    </message>
    <message>
      <source>电话（不会公开）</source>
      <translation>Phone (never published)</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>%1年%2月</source>
      <translation>%1-%2</translation>
    </message>
    <message>
      <source>今天</source>
      <translation>Today</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>点此选择日期</source>
      <translation>Tap to choose a date</translation>
    </message>
  </context>
  <context>
    <name>Draft</name>
    <message>
      <source>尚未开始</source>
      <translation>Not yet open</translation>
    </message>
    <message>
      <source>已公布采纳情况</source>
      <translation>Adoption published</translation>
    </message>
    <message>
      <source>已截止</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>征求意见时间</source>
      <translation>Open for comment</translation>
    </message>
    <message>
      <source>意见采纳情况（{date}公布）</source>
      <translation>How the comments were taken up (published {date})</translation>
    </message>
    <message>
      <source>我要提意见</source>
      <translation>I want to comment</translation>
    </message>
    <message>
      <source>提出意见</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>提意见方式</source>
      <translation>How to comment</translation>
    </message>
    <message>
      <source>本草案{date}起征求意见</source>
      <translation>This draft is open for comment from {date}</translation>
    </message>
    <message>
      <source>本草案征求意见已于{date}截止，不再收集意见</source>
      <translation>Comments on this draft closed on {date}; no more are taken</translation>
    </message>
    <message>
      <source>正在征求意见</source>
      <translation>Open for comment</translation>
    </message>
    <message>
      <source>用触摸屏写下您的意见，姓名电话可不填</source>
      <translation>Write your comment on the screen; name and phone are optional</translation>
    </message>
    <message>
      <source>答复日期</source>
      <translation>Answered on</translation>
    </message>
    <message>
      <source>草案全文</source>
      <translation>The full draft</translation>
    </message>
    <message>
      <source>草案公开征求意见：可阅读、朗读，并提出您的意见</source>
      <translation>Drafts open for public comment: read them, hear them, and comment</translation>
    </message>
    <message>
      <source>起草单位</source>
      <translation>Drafted by</translation>
    </message>
    <message>
      <source>起草说明</source>
      <translation>Explanatory note</translation>
    </message>
  </context>
  <context>
    <name>Eligibility</name>
    <message>
      <source>100岁及以上</source>
      <comment>option:age:a100</comment>
      <translation>100 or older</translation>
    </message>
    <message>
      <source>60到64岁</source>
      <comment>option:age:a60</comment>
      <translation>60 to 64</translation>
    </message>
    <message>
      <source>60周岁以上老人、残疾人、未满16周岁的未成年人，无劳动能力、无生活来源、无法定赡养人（或赡养人无能力）的，可申请特困供养。</source>
      <comment>rule:tekun:reason_unsure</comment>
      <translation>People over 60, people with disabilities and minors under 16 who cannot work, have no income and no one obliged and able to support them can apply for support for persons in extreme poverty.</translation>
    </message>
    <message>
      <source>60岁以下</source>
      <comment>option:age:under60</comment>
      <translation>Under 60</translation>
    </message>
    <message>
      <source>65到79岁</source>
      <comment>option:age:a65</comment>
      <translation>65 to 79</translation>
    </message>
    <message>
      <source>65岁以上老人、残疾人、慢性病患者可优先签约家庭医生，65岁以上老人每年免费体检一次。</source>
      <comment>rule:jiating_yisheng:reason_unsure</comment>
      <translation>People over 65, people with disabilities and people with chronic illness are first to sign up with a family doctor; people over 65 get a free health check once a year.</translation>
    </message>
    <message>
      <source>65岁以上老人、残疾人和慢性病、重病患者是家庭医生签约的重点人群；65岁以上老人每年可免费健康体检一次。</source>
      <comment>rule:jiating_yisheng:reason</comment>
      <translation>People over 65, people with disabilities and people with chronic or serious illness are first to sign up with a family doctor; people over 65 get a free health check once a year.</translation>
    </message>
    <message>
      <source>80到89岁</source>
      <comment>option:age:a80</comment>
      <translation>80 to 89</translation>
    </message>
    <message>
      <source>90到99岁</source>
      <comment>option:age:a90</comment>
      <translation>90 to 99</translation>
    </message>
    <message>
      <source>{name}发放名单</source>
      <translation>{name}: list of payments</translation>
    </message>
    <message>
      <source>{question}
可以选：{answers}。{extra}不想回答可以点“跳过”。</source>
      <translation>{question}
You can choose: {answers}. {extra}If you would rather not answer, tap “Skip”.</translation>
    </message>
    <message>
      <source>{title}，{status}。</source>
      <translation>{title}: {status}.</translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>一级或二级</source>
      <comment>option:disability:severe</comment>
      <translation>Grade 1 or 2</translation>
    </message>
    <message>
      <source>三级或四级</source>
      <comment>option:disability:mild</comment>
      <translation>Grade 3 or 4</translation>
    </message>
    <message>
      <source>不清楚可以跳过</source>
      <comment>question:pension:hint</comment>
      <translation>If you are not sure, skip this</translation>
    </message>
    <message>
      <source>临时救助</source>
      <comment>rule:linshi_jiuzhu:title</comment>
      <translation>Temporary assistance</translation>
    </message>
    <message>
      <source>义务教育“两免一补”</source>
      <comment>rule:yiwu_jiaoyu:title</comment>
      <translation>Compulsory education: “two exemptions, one subsidy”</translation>
    </message>
    <message>
      <source>义务教育阶段学生免学杂费、免费提供教科书；家庭经济困难的寄宿生可申请生活费补助。</source>
      <comment>rule:yiwu_jiaoyu:reason_unsure</comment>
      <translation>Pupils in compulsory education pay no tuition or fees and get free textbooks; boarders from families in difficulty can apply for a living allowance.</translation>
    </message>
    <message>
      <source>从事农业生产的个人和农业生产经营组织购买补贴范围内的机具，可申请补贴。</source>
      <comment>rule:nongji:reason_unsure</comment>
      <translation>Farmers and farming businesses buying machinery on the subsidy list can apply for a subsidy.</translation>
    </message>
    <message>
      <source>以上都没有</source>
      <comment>question:family:none_label</comment>
      <translation>None of these</translation>
    </message>
    <message>
      <source>以上都没有</source>
      <comment>question:land:none_label</comment>
      <translation>None of these</translation>
    </message>
    <message>
      <source>低保、特困人员、低保边缘家庭成员和因病致贫的重病患者，可申请医疗救助。</source>
      <comment>rule:yiliao_jiuzhu:reason_unsure</comment>
      <translation>Minimum-income recipients, people in extreme poverty, families just above the minimum-income line and seriously ill people impoverished by illness can apply for medical assistance.</translation>
    </message>
    <message>
      <source>低保家庭中的残疾人可申请困难残疾人生活补贴。</source>
      <comment>rule:disabled_living:reason_unsure</comment>
      <translation>People with disabilities in minimum-income families can apply for the living allowance for people with disabilities in difficulty.</translation>
    </message>
    <message>
      <source>住的是危房</source>
      <comment>option:land:unsafe</comment>
      <translation>Our house is unsafe</translation>
    </message>
    <message>
      <source>农机购置补贴</source>
      <comment>rule:nongji:title</comment>
      <translation>Farm machinery purchase subsidy</translation>
    </message>
    <message>
      <source>农村义务教育学生营养改善计划</source>
      <comment>rule:yingyang:title</comment>
      <translation>Nutrition programme for rural pupils in compulsory education</translation>
    </message>
    <message>
      <source>农村低收入群体等重点对象住房不安全的，可申请危房改造补助。</source>
      <comment>rule:weifang:reason_unsure</comment>
      <translation>Rural low-income households and others whose housing is unsafe can apply for a grant to rebuild it.</translation>
    </message>
    <message>
      <source>农村危房改造</source>
      <comment>rule:weifang:title</comment>
      <translation>Rebuilding unsafe rural houses</translation>
    </message>
    <message>
      <source>农村家庭因病、因灾、因意外等出现返贫致贫风险的，可申请纳入监测帮扶。</source>
      <comment>rule:fangfanpin:reason_unsure</comment>
      <translation>Rural families at risk of falling into poverty through illness, disaster or accident can apply for monitoring and support.</translation>
    </message>
    <message>
      <source>农村户口</source>
      <comment>option:hukou:rural</comment>
      <translation>Rural household registration</translation>
    </message>
    <message>
      <source>办理地点：{text}。</source>
      <translation>Where to apply: {text}.</translation>
    </message>
    <message>
      <source>医疗救助</source>
      <comment>rule:yiliao_jiuzhu:title</comment>
      <translation>Medical assistance</translation>
    </message>
    <message>
      <source>参加城乡居民养老保险</source>
      <comment>rule:jumin_canbao:title</comment>
      <translation>Joining the residents’ pension scheme</translation>
    </message>
    <message>
      <source>参加城乡居民养老保险、年满60周岁、累计缴费满15年的，可以按月领取养老金。</source>
      <comment>rule:jumin_yanglao:reason_unsure</comment>
      <translation>Members of the residents’ pension scheme aged 60 or over who have paid in for 15 years receive a monthly pension.</translation>
    </message>
    <message>
      <source>参加城乡居民养老保险的人去世后，个人账户余额可以依法继承。</source>
      <comment>rule:canbao_death:reason_unsure</comment>
      <translation>When a member of the rural and urban residents' pension scheme dies, the balance of their personal account can be inherited.</translation>
    </message>
    <message>
      <source>受灾人员救助</source>
      <comment>rule:shouzai:title</comment>
      <translation>Help for disaster victims</translation>
    </message>
    <message>
      <source>可以选几项，选好后点“选好了”</source>
      <comment>question:events:hint</comment>
      <translation>You can choose several, then tap “Done”</translation>
    </message>
    <message>
      <source>可以选几项，选好后点“选好了”</source>
      <comment>question:family:hint</comment>
      <translation>You can choose several, then tap “Done”</translation>
    </message>
    <message>
      <source>可以选几项，选好后点“选好了”</source>
      <comment>question:land:hint</comment>
      <translation>You can choose several, then tap “Done”</translation>
    </message>
    <message>
      <source>可能符合，请到窗口确认</source>
      <translation>May qualify: please confirm at the service window</translation>
    </message>
    <message>
      <source>咨询电话：{text}。</source>
      <translation>Phone: {text}.</translation>
    </message>
    <message>
      <source>因火灾、交通事故等意外或突发重大疾病，基本生活暂时严重困难的家庭，可申请临时救助。</source>
      <comment>rule:linshi_jiuzhu:reason_unsure</comment>
      <translation>Families in sudden severe hardship through fire, a traffic accident or sudden serious illness can apply for temporary assistance.</translation>
    </message>
    <message>
      <source>因经济困难没有委托律师的，可申请免费法律援助。</source>
      <comment>rule:falv_yuanzhu:reason_unsure</comment>
      <translation>People who cannot afford a lawyer can apply for free legal aid.</translation>
    </message>
    <message>
      <source>因身体状况、家庭因素等难以就业的人员，可申请就业援助。</source>
      <comment>rule:jiuye:reason_unsure</comment>
      <translation>People who find it hard to get work because of health or family circumstances can apply for employment assistance.</translation>
    </message>
    <message>
      <source>困难残疾人生活补贴</source>
      <comment>rule:disabled_living:title</comment>
      <translation>Living allowance for people with disabilities in difficulty</translation>
    </message>
    <message>
      <source>城乡居民养老保险</source>
      <comment>option:pension:resident</comment>
      <translation>Residents’ pension scheme</translation>
    </message>
    <message>
      <source>城乡居民养老保险待遇</source>
      <comment>rule:jumin_yanglao:title</comment>
      <translation>Residents’ pension benefits</translation>
    </message>
    <message>
      <source>城乡居民基本医疗保险</source>
      <comment>rule:jumin_yibao:title</comment>
      <translation>Residents’ basic medical insurance</translation>
    </message>
    <message>
      <source>城镇户口</source>
      <comment>option:hukou:urban</comment>
      <translation>Urban household registration</translation>
    </message>
    <message>
      <source>基本生活受到自然灾害严重影响的家庭，可得到应急救助、过渡期生活救助和倒损住房恢复重建补助。</source>
      <comment>rule:shouzai:reason_unsure</comment>
      <translation>Families whose daily life is badly hit by a natural disaster can get emergency help, help through the transition and help to rebuild a collapsed or damaged house.</translation>
    </message>
    <message>
      <source>失业保险金</source>
      <comment>rule:shiye_baoxian:title</comment>
      <translation>Unemployment insurance benefit</translation>
    </message>
    <message>
      <source>失业前交满一年失业保险费、非本人意愿中断就业、已办失业登记的，可以领失业保险金。</source>
      <comment>rule:shiye_baoxian:reason_unsure</comment>
      <translation>Those who paid unemployment insurance for a full year, lost their job not by their own choice and registered as unemployed can claim the benefit.</translation>
    </message>
    <message>
      <source>婴儿出生后一个月内申报出生登记。</source>
      <comment>rule:chusheng:reason_unsure</comment>
      <translation>A baby's birth is registered within one month of birth.</translation>
    </message>
    <message>
      <source>实施营养改善计划地区的农村义务教育学生享受营养膳食补助。</source>
      <comment>rule:yingyang:reason_unsure</comment>
      <translation>Rural pupils in compulsory education in programme areas receive a meal subsidy.</translation>
    </message>
    <message>
      <source>家人去世：城乡居民养老保险注销和个人账户继承</source>
      <comment>rule:canbao_death:title</comment>
      <translation>A death in the family: closing the residents' pension and inheriting its account</translation>
    </message>
    <message>
      <source>家庭人均收入低于当地低保标准、财产状况符合规定的家庭，可申请低保。</source>
      <comment>rule:dibao:reason_unsure</comment>
      <translation>Families whose income per person is below the local minimum-income line and whose assets meet the rules can apply for minimum income support.</translation>
    </message>
    <message>
      <source>家庭医生签约和免费健康体检</source>
      <comment>rule:jiating_yisheng:title</comment>
      <translation>Family doctor and free health checks</translation>
    </message>
    <message>
      <source>家里有人从外地打工回来，还在劳动年龄。可以到人社窗口登记找工作、参加免费技能培训；想在家乡创业的，可以申请创业担保贷款和创业补贴。</source>
      <comment>rule:fanxiang:reason</comment>
      <translation>Someone in your family has come back from working elsewhere and is of working age. They can register for work and free skills training at the human resources counter; to start a business at home, they can apply for a start-up guaranteed loan and a start-up subsidy.</translation>
    </message>
    <message>
      <source>家里有人去世</source>
      <comment>option:events:death</comment>
      <translation>Someone in the family died</translation>
    </message>
    <message>
      <source>家里有人去世。去世的家人参加了城乡居民养老保险的，要办理注销登记，个人账户里的余额可以依法继承；是低保、特困家庭的，家庭情况变了也要告诉村委会。</source>
      <comment>rule:canbao_death:reason</comment>
      <translation>Someone in your family has died. If they were in the residents' pension scheme, the pension must be closed, and the balance of the personal account can be inherited; families on minimum living allowance or extreme-poverty support must also tell the village committee that the household has changed.</translation>
    </message>
    <message>
      <source>家里有人失业，参加过职工社会保险。失业前单位和本人已交失业保险费满一年、不是自己要求离职、已办理失业登记的，可以领失业保险金。</source>
      <comment>rule:shiye_baoxian:reason</comment>
      <translation>Someone in your family lost their job and was in the employees' social insurance. If the employer and they paid unemployment insurance for a full year, they did not leave by their own choice and they have registered as unemployed, they can claim the unemployment insurance benefit.</translation>
    </message>
    <message>
      <source>家里有人患重病</source>
      <comment>option:family:illness</comment>
      <translation>Someone in the family is seriously ill</translation>
    </message>
    <message>
      <source>家里有残疾人</source>
      <comment>option:family:disabled</comment>
      <translation>Someone in the family has a disability</translation>
    </message>
    <message>
      <source>家里添了孩子</source>
      <comment>option:events:birth</comment>
      <translation>A baby was born</translation>
    </message>
    <message>
      <source>家里添了孩子。婴儿出生后一个月内要申报出生登记（上户口），上好户口后就可以给孩子参加城乡居民医保。</source>
      <comment>rule:chusheng:reason</comment>
      <translation>A baby was born in your family. Register the birth within one month (the household register); once registered, the child can join the residents' medical insurance.</translation>
    </message>
    <message>
      <source>就业援助</source>
      <comment>rule:jiuye:title</comment>
      <translation>Employment assistance</translation>
    </message>
    <message>
      <source>年满16周岁、不在校、没有参加职工养老保险的城乡居民，可以在户籍地参加城乡居民养老保险。</source>
      <comment>rule:jumin_canbao:reason_unsure</comment>
      <translation>Residents aged 16 or over who are not in school and have no employee pension can join the residents’ pension scheme where they are registered.</translation>
    </message>
    <message>
      <source>年满80周岁的老人可申请高龄津贴，请确认年龄。</source>
      <comment>rule:gaoling:reason_unsure</comment>
      <translation>People aged 80 or over can apply for the old-age allowance; please confirm your age.</translation>
    </message>
    <message>
      <source>您今年多大年纪？</source>
      <comment>question:age:text</comment>
      <translation>How old are you?</translation>
    </message>
    <message>
      <source>您参加的是哪种养老保险？</source>
      <comment>question:pension:text</comment>
      <translation>Which pension scheme are you in?</translation>
    </message>
    <message>
      <source>您家孩子在农村上小学或初中，实施营养改善计划的学校按标准提供营养膳食补助。</source>
      <comment>rule:yingyang:reason</comment>
      <translation>Your child attends a rural primary or middle school; schools in the nutrition programme provide a meal subsidy.</translation>
    </message>
    <message>
      <source>您家有一级或二级残疾人，需要长期照护的可申请重度残疾人护理补贴。</source>
      <comment>rule:disabled_care:reason</comment>
      <translation>Someone in your family has a grade 1 or 2 disability; if they need long-term care you can apply for the care allowance for severe disability.</translation>
    </message>
    <message>
      <source>您家有划入公益林的山林，集体和个人所有的公益林可按面积领取森林生态效益补偿。</source>
      <comment>rule:gongyilin:reason</comment>
      <translation>Your family has forest land designated as public-benefit forest; owners receive ecological compensation by area.</translation>
    </message>
    <message>
      <source>您家有孩子上小学或初中：免学杂费、免费提供教科书；家庭经济困难的寄宿生还可申请生活费补助。</source>
      <comment>rule:yiwu_jiaoyu:reason</comment>
      <translation>You have a child in primary or middle school: no tuition or fees and free textbooks; boarders from families in difficulty can also apply for a living allowance.</translation>
    </message>
    <message>
      <source>您家有承包耕地，种地的农民可按承包面积领取耕地地力保护补贴。</source>
      <comment>rule:gengdi:reason</comment>
      <translation>Your family has contracted farmland; farmers receive the farmland protection subsidy by contracted area.</translation>
    </message>
    <message>
      <source>您家有残疾人且生活困难。低保家庭中的残疾人可申请困难残疾人生活补贴。</source>
      <comment>rule:disabled_living:reason</comment>
      <translation>Someone in your family has a disability and you are in difficulty. People with disabilities in minimum-income families can apply for a living allowance.</translation>
    </message>
    <message>
      <source>您家有重病病人或生活困难。低保、特困人员、低保边缘家庭成员和因病致贫的重病患者，医保报销后自付仍多的，可申请医疗救助。</source>
      <comment>rule:yiliao_jiuzhu:reason</comment>
      <translation>Someone in your family is seriously ill or you are in difficulty. Low-income and seriously ill people who still pay a lot after insurance can apply for medical assistance.</translation>
    </message>
    <message>
      <source>您家生活困难。家庭人均收入低于当地低保标准、财产状况符合规定的，可申请低保。</source>
      <comment>rule:dibao:reason</comment>
      <translation>Your family is in difficulty. If income per person is below the local minimum-income line and your assets meet the rules, you can apply for minimum income support.</translation>
    </message>
    <message>
      <source>您家生活困难。遇到讨薪、赡养、工伤等纠纷又请不起律师的，可申请免费法律援助。</source>
      <comment>rule:falv_yuanzhu:reason</comment>
      <translation>Your family is in difficulty. If you have a dispute over unpaid wages, family support or a work injury and cannot afford a lawyer, you can apply for free legal aid.</translation>
    </message>
    <message>
      <source>您家种了水稻，稻谷实际种植者可按核定的种植面积领取稻谷补贴。</source>
      <comment>rule:daogu:reason</comment>
      <translation>Your family grows rice; growers receive the rice subsidy by the verified planted area.</translation>
    </message>
    <message>
      <source>您家种地、有山林或住房困难吗？</source>
      <comment>question:land:text</comment>
      <translation>Does your family farm, own forest land or have housing problems?</translation>
    </message>
    <message>
      <source>您家遇到了突发困难、灾害或有人患重病。因意外事件、突发重大疾病等导致基本生活暂时严重困难的，可申请临时救助，情况紧急的可先行救助。</source>
      <comment>rule:linshi_jiuzhu:reason</comment>
      <translation>Your family has met a sudden hardship, a disaster or a serious illness. When an accident or a sudden serious illness leaves a family's daily life in severe difficulty for a time, it can apply for temporary assistance; in an emergency, help can come first.</translation>
    </message>
    <message>
      <source>您家遭了自然灾害或房子受了损坏。基本生活受到自然灾害严重影响的，可得到应急生活救助、过渡期生活救助、倒损住房恢复重建补助和冬春生活救助，灾情由村委会报镇政府核实。</source>
      <comment>rule:shouzai:reason</comment>
      <translation>Your family was hit by a natural disaster or your house was damaged. When a natural disaster badly hits daily life, you can get emergency living help, help through the transition, help to rebuild a collapsed or damaged house and help through winter and spring; the village committee reports the damage to the township government to be checked.</translation>
    </message>
    <message>
      <source>您家里有下面这些情况吗？</source>
      <comment>question:family:text</comment>
      <translation>Do any of these apply to your family?</translation>
    </message>
    <message>
      <source>您已满60周岁并参加了城乡居民养老保险，累计缴费满15年的可以按月领取养老金。</source>
      <comment>rule:jumin_yanglao:reason</comment>
      <translation>You are 60 or over and in the residents’ pension scheme; with 15 years of contributions you receive a monthly pension.</translation>
    </message>
    <message>
      <source>您年满{age}岁、独自居住，村（社区）会定期上门探访，提供居家养老服务。</source>
      <comment>rule:tanfang:reason</comment>
      <translation>You are {age} or over and live alone; your village (community) visits regularly and provides home care services.</translation>
    </message>
    <message>
      <source>您年满{age}岁，可申请高龄津贴。</source>
      <comment>rule:gaoling:reason</comment>
      <translation>You are {age} or over and can apply for the old-age allowance.</translation>
    </message>
    <message>
      <source>您打算买农机。从事农业生产的个人购买补贴范围内的机具，可申请农机购置补贴。</source>
      <comment>rule:nongji:reason</comment>
      <translation>You plan to buy farm machinery. Farmers buying machinery on the subsidy list can apply for the purchase subsidy.</translation>
    </message>
    <message>
      <source>您是农村户口，住房是危房或受了损坏。低保户、分散供养特困人员、低保边缘家庭等住房不安全的，可申请农村危房改造补助。</source>
      <comment>rule:weifang:reason</comment>
      <translation>You have a rural household registration and your house is unsafe or damaged. Families on the minimum living allowance, people in extreme poverty living on their own, families just above the allowance line and others whose house is unsafe can apply for a rural dilapidated-house renovation grant.</translation>
    </message>
    <message>
      <source>您是农村户口，家里生活困难、有重病、受了灾、有人失业或遭遇突发困难，可以申请纳入防止返贫监测，获得针对性帮扶。</source>
      <comment>rule:fangfanpin:reason</comment>
      <translation>You have a rural household registration and your family has money troubles, a serious illness, a disaster, someone out of work or a sudden hardship: you can apply to join the monitoring that prevents a return to poverty and get help fitted to your case.</translation>
    </message>
    <message>
      <source>您是老年人或残疾人，无人赡养且生活困难。无劳动能力、无生活来源、无法定赡养人（或赡养人无能力）的，可申请特困人员救助供养。</source>
      <comment>rule:tekun:reason</comment>
      <translation>You are elderly or have a disability, with no one to support you. If you cannot work and have no income or supporter, you can apply for support for persons in extreme poverty.</translation>
    </message>
    <message>
      <source>您未满60周岁，也没有参加职工养老保险，可以在户籍地参加城乡居民养老保险；重度残疾人等缴费困难的，政府代缴部分或全部最低档保费。</source>
      <comment>rule:jumin_canbao:reason</comment>
      <translation>You are under 60 and have no employee pension: you can join the residents’ pension scheme where you are registered; for people with severe disabilities the government pays some or all of the lowest contribution.</translation>
    </message>
    <message>
      <source>您的回答只用于这次查询：不保存、不上传、不记录；回到首页或无人操作时自动清除。</source>
      <translation>Your answers are used only for this search: not saved, uploaded or logged; they are cleared when you go home or leave the kiosk.</translation>
    </message>
    <message>
      <source>您的户口是农村还是城镇？</source>
      <comment>question:hukou:text</comment>
      <translation>Is your household registration rural or urban?</translation>
    </message>
    <message>
      <source>您还在劳动年龄，家里有残疾人、生活困难或有人失业。就业困难人员可申请免费培训、公益性岗位等就业援助。</source>
      <comment>rule:jiuye:reason</comment>
      <translation>You are of working age and your family has a disabled member, money troubles or someone out of work. People who find it hard to get work can apply for free training, public-welfare jobs and other employment help.</translation>
    </message>
    <message>
      <source>房子被冲倒、压塌或损坏</source>
      <comment>option:events:house</comment>
      <translation>The house was washed away, crushed or damaged</translation>
    </message>
    <message>
      <source>打算买农机</source>
      <comment>option:land:machine</comment>
      <translation>Plan to buy farm machinery</translation>
    </message>
    <message>
      <source>拥有耕地承包权的种地农民可领取耕地地力保护补贴。</source>
      <comment>rule:gengdi:reason_unsure</comment>
      <translation>Farmers holding farmland contract rights receive the farmland protection subsidy.</translation>
    </message>
    <message>
      <source>按周岁算</source>
      <comment>question:age:hint</comment>
      <translation>In full years</translation>
    </message>
    <message>
      <source>收入低、生活困难</source>
      <comment>option:family:lowincome</comment>
      <translation>Low income, hard to get by</translation>
    </message>
    <message>
      <source>政策文件</source>
      <translation>Policy document</translation>
    </message>
    <message>
      <source>新生儿出生登记（上户口）和参加医保</source>
      <comment>rule:chusheng:title</comment>
      <translation>Registering a newborn's birth and joining medical insurance</translation>
    </message>
    <message>
      <source>无子女或子女无力赡养</source>
      <comment>option:family:nosupport</comment>
      <translation>No children, or children unable to support me</translation>
    </message>
    <message>
      <source>最低生活保障（低保）</source>
      <comment>rule:dibao:title</comment>
      <translation>Minimum income support (dibao)</translation>
    </message>
    <message>
      <source>最近一年，家里遇到下面这些事了吗？</source>
      <comment>question:events:text</comment>
      <translation>In the past year, has your family been through any of these?</translation>
    </message>
    <message>
      <source>有人从外地打工回来</source>
      <comment>option:events:returned</comment>
      <translation>Someone came back from working elsewhere</translation>
    </message>
    <message>
      <source>有人失业了</source>
      <comment>option:events:jobless</comment>
      <translation>Someone lost their job</translation>
    </message>
    <message>
      <source>有公益林山林</source>
      <comment>option:land:forest</comment>
      <translation>Public-benefit forest land</translation>
    </message>
    <message>
      <source>有孩子上小学或初中</source>
      <comment>option:family:student</comment>
      <translation>A child in primary or middle school</translation>
    </message>
    <message>
      <source>有承包耕地</source>
      <comment>option:land:farmland</comment>
      <translation>Contracted farmland</translation>
    </message>
    <message>
      <source>本机还没有收到县里发布的政策匹配规则，请到窗口咨询。</source>
      <translation>This kiosk has not yet received the county’s policy rules. Please ask at the service window.</translation>
    </message>
    <message>
      <source>查询结果</source>
      <translation>Results</translation>
    </message>
    <message>
      <source>标准目录</source>
      <translation>Standard catalogue</translation>
    </message>
    <message>
      <source>标准：{text}。</source>
      <translation>Standard: {text}.</translation>
    </message>
    <message>
      <source>根据您的回答，找到 {n} 项：符合 {match} 项，可能符合 {maybe} 项（请到窗口确认）。</source>
      <translation>From your answers, {n} found: {match} you qualify for, {maybe} you may qualify for (please confirm at the window).</translation>
    </message>
    <message>
      <source>根据您的回答，没有找到对应的政策。如有疑问，请到窗口咨询。</source>
      <translation>No matching policy was found for your answers. If in doubt, please ask at the service window.</translation>
    </message>
    <message>
      <source>残疾等级为一级、二级且需要长期照护的重度残疾人，可申请护理补贴。</source>
      <comment>rule:disabled_care:reason_unsure</comment>
      <translation>People with grade 1 or 2 disabilities who need long-term care can apply for the care allowance.</translation>
    </message>
    <message>
      <source>残疾证上是几级？</source>
      <comment>question:disability:text</comment>
      <translation>What grade is on the disability certificate?</translation>
    </message>
    <message>
      <source>没有就点“{label}”。</source>
      <translation>If none, tap “{label}”. </translation>
    </message>
    <message>
      <source>没有职工医保的城乡居民都可以参加城乡居民医保；低保、特困等困难人员参保，个人缴费有资助。</source>
      <comment>rule:jumin_yibao:reason</comment>
      <translation>Residents without employee medical insurance can all join residents’ medical insurance; low-income members get help with their contribution.</translation>
    </message>
    <message>
      <source>没有职工医保的城乡居民都可以参加城乡居民医保；困难人员参保有资助。</source>
      <comment>rule:jumin_yibao:reason_unsure</comment>
      <translation>Residents without employee medical insurance can all join residents’ medical insurance; people in difficulty get help.</translation>
    </message>
    <message>
      <source>法律援助</source>
      <comment>rule:falv_yuanzhu:title</comment>
      <translation>Legal aid</translation>
    </message>
    <message>
      <source>特困人员救助供养</source>
      <comment>rule:tekun:title</comment>
      <translation>Support for persons in extreme poverty</translation>
    </message>
    <message>
      <source>独居</source>
      <comment>option:family:alone</comment>
      <translation>Living alone</translation>
    </message>
    <message>
      <source>独居、空巢、留守等特殊困难老年人可享受定期探访关爱服务。</source>
      <comment>rule:tanfang:reason_unsure</comment>
      <translation>Older people living alone or left behind receive regular visits and care.</translation>
    </message>
    <message>
      <source>独居老人探访关爱和居家养老服务</source>
      <comment>rule:tanfang:title</comment>
      <translation>Visits and home care for older people living alone</translation>
    </message>
    <message>
      <source>生态公益林补偿</source>
      <comment>rule:gongyilin:title</comment>
      <translation>Public-benefit forest compensation</translation>
    </message>
    <message>
      <source>看户口簿上的户别</source>
      <comment>question:hukou:hint</comment>
      <translation>See the household type in the household register</translation>
    </message>
    <message>
      <source>看第二代残疾人证</source>
      <comment>question:disability:hint</comment>
      <translation>See the second-generation disability certificate</translation>
    </message>
    <message>
      <source>种了水稻</source>
      <comment>option:land:rice</comment>
      <translation>We grow rice</translation>
    </message>
    <message>
      <source>种植水稻的农户可按核定面积领取稻谷补贴。</source>
      <comment>rule:daogu:reason_unsure</comment>
      <translation>Rice growers receive the rice subsidy by verified area.</translation>
    </message>
    <message>
      <source>稻谷补贴</source>
      <comment>rule:daogu:title</comment>
      <translation>Rice subsidy</translation>
    </message>
    <message>
      <source>符合条件</source>
      <translation>You qualify</translation>
    </message>
    <message>
      <source>第{n}题</source>
      <translation>Question {n}</translation>
    </message>
    <message>
      <source>耕地地力保护补贴</source>
      <comment>rule:gengdi:title</comment>
      <translation>Farmland protection subsidy</translation>
    </message>
    <message>
      <source>职工养老保险（有退休金）</source>
      <comment>option:pension:employee</comment>
      <translation>Employee pension (I have a retirement pension)</translation>
    </message>
    <message>
      <source>补贴查询</source>
      <translation>Subsidies</translation>
    </message>
    <message>
      <source>请带上：{text}。</source>
      <translation>Bring: {text}.</translation>
    </message>
    <message>
      <source>返乡人员就业和创业扶持</source>
      <comment>rule:fanxiang:title</comment>
      <translation>Work and start-up help for people returning home</translation>
    </message>
    <message>
      <source>返乡的农民工可以登记求职、参加免费培训，创业的可申请创业担保贷款。</source>
      <comment>rule:fanxiang:reason_unsure</comment>
      <translation>Migrant workers back home can register for work and free training; those starting a business can apply for a start-up guaranteed loan.</translation>
    </message>
    <message>
      <source>遭了暴雨、洪水、台风、冰雹等自然灾害</source>
      <comment>option:events:disaster</comment>
      <translation>A natural disaster: rainstorm, flood, typhoon, hail</translation>
    </message>
    <message>
      <source>遭遇火灾、车祸等突发困难</source>
      <comment>option:family:hardship</comment>
      <translation>Sudden hardship such as a fire or a road accident</translation>
    </message>
    <message>
      <source>都没有</source>
      <comment>question:events:none_label</comment>
      <translation>None of these</translation>
    </message>
    <message>
      <source>都没有参加</source>
      <comment>option:pension:none</comment>
      <translation>Neither</translation>
    </message>
    <message>
      <source>重度残疾人护理补贴</source>
      <comment>rule:disabled_care:title</comment>
      <translation>Care allowance for severe disability</translation>
    </message>
    <message>
      <source>防止返贫动态监测和帮扶</source>
      <comment>rule:fangfanpin:title</comment>
      <translation>Poverty-prevention monitoring and support</translation>
    </message>
    <message>
      <source>集体和个人所有的公益林，可按面积领取补偿。</source>
      <comment>rule:gongyilin:reason_unsure</comment>
      <translation>Owners of public-benefit forest receive compensation by area.</translation>
    </message>
    <message>
      <source>高龄津贴</source>
      <comment>rule:gaoling:title</comment>
      <translation>Old-age allowance</translation>
    </message>
  </context>
  <context>
    <name>EligibilityPage</name>
    <message>
      <source>‹ 上一题</source>
      <translation>‹ Previous question</translation>
    </message>
    <message>
      <source>上一页</source>
      <translation>Previous page</translation>
    </message>
    <message>
      <source>下一页</source>
      <translation>Next page</translation>
    </message>
    <message>
      <source>全部打印带走（%1 张）</source>
      <translation>Print all to take away (%1 slips)</translation>
    </message>
    <message>
      <source>去哪里</source>
      <translation>Where to go</translation>
    </message>
    <message>
      <source>带什么</source>
      <translation>What to bring</translation>
    </message>
    <message>
      <source>我能享受哪些政策</source>
      <translation>What am I entitled to?</translation>
    </message>
    <message>
      <source>手机扫码带走本条，不用上网</source>
      <translation>Scan with a phone to take this away, no internet needed</translation>
    </message>
    <message>
      <source>打印带走</source>
      <translation>Print to take away</translation>
    </message>
    <message>
      <source>朗读</source>
      <translation>Read aloud</translation>
    </message>
    <message>
      <source>标准</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>第 %1 题（最多 %2 题，每题都可以跳过）</source>
      <translation>Question %1 (at most %2, each can be skipped)</translation>
    </message>
    <message>
      <source>跳过这一题</source>
      <translation>Skip this question</translation>
    </message>
    <message>
      <source>选好了，下一题 ›</source>
      <translation>Done, next question ›</translation>
    </message>
    <message>
      <source>重新回答</source>
      <translation>Start again</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>回执二维码校验不通过，请改为手工输入申请编号</source>
      <translation>The receipt's QR code did not check out. Please type the request number instead.</translation>
    </message>
    <message>
      <source>没有找到这个编号的申请，请核对回执上的编号</source>
      <translation>No request has this number. Please check the number on your receipt</translation>
    </message>
    <message>
      <source>请输入完整的中文姓名</source>
      <translation>Please enter your full name in Chinese</translation>
    </message>
    <message>
      <source>请输入申请编号（在受理回执上）</source>
      <translation>Please enter the request number (on your receipt)</translation>
    </message>
    <message>
      <source>请输入身份证号码的最后4位（数字或X）</source>
      <translation>Please enter the last 4 characters of your ID number (digits or X)</translation>
    </message>
  </context>
  <context>
    <name>Faq</name>
    <message>
      <source>群众常问的问题和答复</source>
      <translation>Common questions and their answers</translation>
    </message>
  </context>
  <context>
    <name>Guide</name>
    <message>
      <source>一般不收费。只有申请数量、频次明显超过合理范围时，才会按规定收取信息处理费。</source>
      <translation>Usually free. A processing fee is charged only when requests clearly exceed a reasonable number or frequency.</translation>
    </message>
    <message>
      <source>不能当场答复的，自收到申请之日起20个工作日内答复；需要延长的，最多再延长20个工作日，并会告知您。</source>
      <translation>Otherwise you get an answer within 20 working days of the request; if more time is needed, at most 20 more working days, and you will be told.</translation>
    </message>
    <message>
      <source>也可以通过信函、传真或网上提交申请。</source>
      <translation>You can also apply by letter, fax or online.</translation>
    </message>
    <message>
      <source>书写确有困难的，可以口头提出，由工作人员代为填写，您核对后签字。</source>
      <translation>If writing is hard for you, ask orally: staff fill in the form, you check it and sign.</translation>
    </message>
    <message>
      <source>到便民服务中心政务公开窗口，填写《政府信息公开申请表》。</source>
      <translation>Go to the disclosure window of the service centre and fill in the Government Information Disclosure Request Form.</translation>
    </message>
    <message>
      <source>受理后会给您一张回执，上面有申请编号和二维码。用手机扫二维码，或在本机首页点「进度查询」输入或扫描编号，即可查看办理进度。</source>
      <translation>You get a receipt with a request number and a QR code. Scan the code with your phone, or tap “Request status” on this kiosk’s home screen and enter or scan the number to see progress.</translation>
    </message>
    <message>
      <source>多久答复</source>
      <translation>How long it takes</translation>
    </message>
    <message>
      <source>如何申请政府信息公开</source>
      <translation>How to request government information</translation>
    </message>
    <message>
      <source>希望以什么形式获取：纸质、电子邮件、光盘，自取或邮寄。</source>
      <translation>How you want it: paper, e-mail or disc; collected or posted.</translation>
    </message>
    <message>
      <source>怎么申请</source>
      <translation>How to apply</translation>
    </message>
    <message>
      <source>想要的政府信息的名称、文号，或者能说清楚是哪份信息的描述。</source>
      <translation>The title or document number of the information, or a description that makes clear which it is.</translation>
    </message>
    <message>
      <source>本人身份证件（代办的还需带委托书和代办人身份证件）。</source>
      <translation>Your ID (an agent also brings a letter of authority and their own ID).</translation>
    </message>
    <message>
      <source>查询进度</source>
      <translation>Checking progress</translation>
    </message>
    <message>
      <source>申请内容不明确的，会在7个工作日内一次性告知需要补正的内容。</source>
      <translation>If the request is unclear, you are told within 7 working days, all at once, what to add.</translation>
    </message>
    <message>
      <source>联系电话和通讯地址，便于我们答复您。</source>
      <translation>A phone number and postal address, so that we can answer you.</translation>
    </message>
    <message>
      <source>能当场答复的当场答复。</source>
      <translation>What can be answered on the spot is answered on the spot.</translation>
    </message>
    <message>
      <source>请带上</source>
      <translation>Please bring</translation>
    </message>
    <message>
      <source>费用</source>
      <translation>Fees</translation>
    </message>
  </context>
  <context>
    <name>Home</name>
    <message>
      <source>{n}，{title}：{hint}。</source>
      <translation>{n}. {title}: {hint}.</translation>
    </message>
    <message>
      <source>{township}政务公开专区，首页</source>
      <translation>{township} government disclosure area, home screen</translation>
    </message>
    <message>
      <source>今天是{day}。</source>
      <translation>Today is {day}.</translation>
    </message>
    <message>
      <source>屏幕上有 {n} 个彩色大方块，从左到右、从上到下依次是：</source>
      <translation>The screen has {n} large coloured tiles; from left to right and top to bottom they are:</translation>
    </message>
    <message>
      <source>数据可能已过期，请以政府网站和公告栏为准。</source>
      <translation>The data may be out of date; the government website and notice boards take precedence.</translation>
    </message>
    <message>
      <source>数据尚未同步</source>
      <translation>Not synchronised yet</translation>
    </message>
    <message>
      <source>数据更新于 {when}</source>
      <translation>Data updated {when}</translation>
    </message>
    <message>
      <source>每一页的上方都有「朗读」按钮，点它就能听这一页的内容；「返回」回到上一页，「首页」回到这里。</source>
      <translation>Every page has a “Read aloud” button at the top: tap it to hear the page. “Back” goes to the previous page, “Home” comes back here.</translation>
    </message>
    <message>
      <source>点一下方块就能进入。右上角「搜索」可以找任何内容，「长辈模式」让字变大。</source>
      <translation>Tap a tile to open it. “Search” at the top finds anything; “Large text” makes the letters bigger.</translation>
    </message>
    <message>
      <source>紧急通知：{titles}。</source>
      <translation>Urgent notices: {titles}.</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>二十六个领域的公开事项</source>
      <translation>Disclosure items in 26 areas</translation>
    </message>
    <message>
      <source>停止朗读</source>
      <translation>Stop reading</translation>
    </message>
    <message>
      <source>党务、村务、财务、居务</source>
      <translation>Party, village, finance, community</translation>
    </message>
    <message>
      <source>回答几个问题，不用打字</source>
      <translation>Answer a few questions, no typing</translation>
    </message>
    <message>
      <source>怎么申请、带什么材料</source>
      <translation>How to apply, what to bring</translation>
    </message>
    <message>
      <source>惠民惠农补贴“一卡通”</source>
      <translation>Farm and welfare subsidies</translation>
    </message>
    <message>
      <source>我能享受哪些政策</source>
      <translation>What am I entitled to?</translation>
    </message>
    <message>
      <source>提问、评价、草案意见</source>
      <translation>Ask, rate, comment on drafts</translation>
    </message>
    <message>
      <source>政策文件和通俗解读</source>
      <translation>Policy documents in plain words</translation>
    </message>
    <message>
      <source>政策解读</source>
      <translation>Policies explained</translation>
    </message>
    <message>
      <source>数据可能已过期，请以政府网站和公告栏为准</source>
      <translation>Data may be out of date; the government website and notice boards prevail</translation>
    </message>
    <message>
      <source>朗读：听听本机怎么用</source>
      <translation>Read aloud: how to use this kiosk</translation>
    </message>
    <message>
      <source>村务公开</source>
      <translation>Village notices</translation>
    </message>
    <message>
      <source>标准目录</source>
      <translation>Standard catalogue</translation>
    </message>
    <message>
      <source>申请公开</source>
      <translation>How to apply</translation>
    </message>
    <message>
      <source>留言评价</source>
      <translation>Ask &amp; rate</translation>
    </message>
    <message>
      <source>紧急通知：</source>
      <translation>Urgent: </translation>
    </message>
    <message>
      <source>补贴查询</source>
      <translation>Subsidy payouts</translation>
    </message>
    <message>
      <source>输入或扫描申请编号</source>
      <translation>Type or scan your request number</translation>
    </message>
    <message>
      <source>进度查询</source>
      <translation>Request status</translation>
    </message>
  </context>
  <context>
    <name>IdleOverlay</name>
    <message>
      <source>%1 秒后返回首页</source>
      <translation>Back to the home screen in %1 s</translation>
    </message>
    <message>
      <source>您还在使用吗？</source>
      <translation>Are you still there?</translation>
    </message>
    <message>
      <source>继续</source>
      <translation>Continue</translation>
    </message>
  </context>
  <context>
    <name>ImageViewer</name>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>放大</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <source>缩小</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <source>（双指或双击放大）</source>
      <translation>(pinch or double-tap to zoom)</translation>
    </message>
  </context>
  <context>
    <name>ItemPage</name>
    <message>
      <source>已到本页末尾</source>
      <translation>End of the page</translation>
    </message>
    <message>
      <source>本事项暂无公开文件</source>
      <translation>No documents published under this item yet</translation>
    </message>
    <message>
      <source>看本事项的文件（%1 份）▼</source>
      <translation>Documents of this item (%1) ▼</translation>
    </message>
  </context>
  <context>
    <name>KTextArea</name>
    <message>
      <source>%1 / %2 字</source>
      <translation>%1 / %2 characters</translation>
    </message>
  </context>
  <context>
    <name>KioskKeyboard</name>
    <message>
      <source>姓名：</source>
      <translation>Name:</translation>
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <source>✓ 长辈模式</source>
      <translation>✓ Large text</translation>
    </message>
    <message>
      <source>您还在使用吗？如需继续，请点击继续按钮，否则将返回首页。</source>
      <translation>Are you still there? Tap Continue to stay, otherwise the screen returns home.</translation>
    </message>
    <message>
      <source>搜索</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>政务公开</source>
      <translation>Government disclosure</translation>
    </message>
    <message>
      <source>政务公开专区</source>
      <translation>Government disclosure zone</translation>
    </message>
    <message>
      <source>长辈模式</source>
      <translation>Large text</translation>
    </message>
  </context>
  <context>
    <name>Meta</name>
    <message>
      <source>办公地址</source>
      <translation>Office address</translation>
    </message>
    <message>
      <source>办公时间</source>
      <translation>Opening hours</translation>
    </message>
    <message>
      <source>发布日期</source>
      <translation>Date published</translation>
    </message>
    <message>
      <source>发布机构</source>
      <translation>Publisher</translation>
    </message>
    <message>
      <source>发文机关</source>
      <translation>Issuing authority</translation>
    </message>
    <message>
      <source>受理机构</source>
      <translation>Office</translation>
    </message>
    <message>
      <source>咨询电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>文号</source>
      <translation>Document number</translation>
    </message>
    <message>
      <source>索引号</source>
      <translation>Index number</translation>
    </message>
    <message>
      <source>邮政编码</source>
      <translation>Postcode</translation>
    </message>
  </context>
  <context>
    <name>MyPayouts</name>
    <message>
      <source>{year}年 {item}</source>
      <translation>{year} {item}</translation>
    </message>
    <message>
      <source>发放日期 {day}</source>
      <translation>Paid on {day}</translation>
    </message>
    <message>
      <source>合计 {total}。</source>
      <translation>Total {total}.</translation>
    </message>
    <message>
      <source>查我的补贴</source>
      <translation>My subsidies</translation>
    </message>
    <message>
      <source>没有查到记录。请核对姓名和身份证号码后4位，或到村委会咨询。</source>
      <translation>No records found. Please check the name and the last 4 characters of the ID number, or ask the village committee.</translation>
    </message>
    <message>
      <source>请输入完整姓名和身份证号码的最后4位，然后点「查询」。本机不保存您输入的内容。</source>
      <translation>Enter your full name and the last 4 characters of your ID number, then tap “Look up”. Nothing you enter is kept.</translation>
    </message>
  </context>
  <context>
    <name>MyPayoutsPage</name>
    <message>
      <source>共 %1 笔，合计 %2</source>
      <translation>%1 payouts, total %2</translation>
    </message>
    <message>
      <source>姓名（完整填写）</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>已到最后一笔</source>
      <translation>End of the list</translation>
    </message>
    <message>
      <source>本机不保存您输入的内容。查询结果中姓名同样隐去部分文字。</source>
      <translation>Nothing you type is kept. Names in the results are masked too.</translation>
    </message>
    <message>
      <source>查我的补贴</source>
      <translation>Find my payouts</translation>
    </message>
    <message>
      <source>查询</source>
      <translation>Look up</translation>
    </message>
    <message>
      <source>身份证号码后4位</source>
      <translation>Last 4 of ID number</translation>
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <source>{category}　发布于 {day}</source>
      <translation>{category}  ·  posted {day}</translation>
    </message>
    <message>
      <source>{label}：{value}</source>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <source>{n} 个公开事项</source>
      <translation>{n} disclosure items</translation>
    </message>
    <message>
      <source>{n} 个具体事项（二级事项）</source>
      <translation>{n} specific items (level 2)</translation>
    </message>
    <message>
      <source>{n} 份文件</source>
      <translation>{n} documents</translation>
    </message>
    <message>
      <source>{plain}（{term}）</source>
      <translation>{plain} ({term})</translation>
    </message>
    <message>
      <source>{title}　照片</source>
      <translation>{title}  ·  photo</translation>
    </message>
    <message>
      <source>{title}　第 {n} 张照片，共 {count} 张</source>
      <translation>{title}  ·  photo {n} of {count}</translation>
    </message>
    <message>
      <source>{village} {year}年 {item}</source>
      <translation>{village} {year} {item}</translation>
    </message>
    <message>
      <source>{village}{year}年全部补贴合计 {n} 笔 {total}</source>
      <translation>{village} {year}, all subsidies: {n} payments, {total}</translation>
    </message>
    <message>
      <source>{year}年</source>
      <translation>{year}</translation>
    </message>
    <message>
      <source>公示至</source>
      <translation>On display until</translation>
    </message>
    <message>
      <source>公示至 {day}</source>
      <translation>On display until {day}</translation>
    </message>
    <message>
      <source>共 {n} 笔</source>
      <translation>{n} payments</translation>
    </message>
    <message>
      <source>历史存档（已过公示期）</source>
      <translation>Archive (display period over)</translation>
    </message>
    <message>
      <source>发布日期</source>
      <translation>Date published</translation>
    </message>
    <message>
      <source>基层政务公开标准目录：请选择领域</source>
      <translation>Standard catalogue of local government disclosure: choose an area</translation>
    </message>
    <message>
      <source>已经申请过？</source>
      <translation>Already applied?</translation>
    </message>
    <message>
      <source>惠民惠农补贴“一卡通”发放名单：请选择村或社区</source>
      <translation>Subsidy payments (“one card”): choose a village or community</translation>
    </message>
    <message>
      <source>政策文件</source>
      <translation>Policy document</translation>
    </message>
    <message>
      <source>政策文件和通俗解读</source>
      <translation>Policy documents and plain-language explanations</translation>
    </message>
    <message>
      <source>政策解读</source>
      <translation>Policies</translation>
    </message>
    <message>
      <source>无法打开：{target}</source>
      <translation>Cannot open: {target}</translation>
    </message>
    <message>
      <source>有解读</source>
      <translation>Explained</translation>
    </message>
    <message>
      <source>本事项下公开的文件（{n}）</source>
      <translation>Documents disclosed under this item ({n})</translation>
    </message>
    <message>
      <source>本公告已过公示期，仅供查阅存档</source>
      <translation>This notice’s display period is over; kept for reference</translation>
    </message>
    <message>
      <source>本项目合计 {n} 笔 {total}</source>
      <translation>This item: {n} payments, {total}</translation>
    </message>
    <message>
      <source>村务公开</source>
      <translation>Village affairs</translation>
    </message>
    <message>
      <source>查我的补贴（姓名＋身份证后4位）</source>
      <translation>My subsidies (name + last 4 of ID)</translation>
    </message>
    <message>
      <source>查看政策原文</source>
      <translation>Read the policy</translation>
    </message>
    <message>
      <source>查看通俗解读</source>
      <translation>Read the plain-language explanation</translation>
    </message>
    <message>
      <source>查询申请进度</source>
      <translation>Check a request’s progress</translation>
    </message>
    <message>
      <source>标准目录</source>
      <translation>Standard catalogue</translation>
    </message>
    <message>
      <source>正在公示</source>
      <translation>On display</translation>
    </message>
    <message>
      <source>正在公示 {current} 条，历史存档 {archive} 条</source>
      <translation>{current} on display, {archive} in the archive</translation>
    </message>
    <message>
      <source>社区</source>
      <translation>Community</translation>
    </message>
    <message>
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>紧急</source>
      <translation>Urgent</translation>
    </message>
    <message>
      <source>行政村</source>
      <translation>Village</translation>
    </message>
    <message>
      <source>补贴查询</source>
      <translation>Subsidies</translation>
    </message>
    <message>
      <source>请选择具体事项（二级事项）</source>
      <translation>Choose a specific item (level 2)</translation>
    </message>
    <message>
      <source>请选择大类（一级事项）</source>
      <translation>Choose a category (level 1)</translation>
    </message>
    <message>
      <source>请选择年度</source>
      <translation>Choose a year</translation>
    </message>
    <message>
      <source>请选择您所在的村或社区</source>
      <translation>Choose your village or community</translation>
    </message>
    <message>
      <source>请选择补贴项目（金额为历年合计）</source>
      <translation>Choose a subsidy (amounts are totals over all years)</translation>
    </message>
    <message>
      <source>输入或扫描回执上的申请编号</source>
      <translation>Enter or scan the number on your receipt</translation>
    </message>
    <message>
      <source>长期公示</source>
      <translation>On display indefinitely</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <source>{label}：{value}</source>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <source>{plain}（{term}）</source>
      <translation>{plain} ({term})</translation>
    </message>
    <message>
      <source>{title}：</source>
      <translation>{title}:</translation>
    </message>
    <message>
      <source>另有 {n} 项，请在屏幕上查看。</source>
      <translation>{n} more; please see the screen.</translation>
    </message>
    <message>
      <source>本页有 {n} 张照片，点照片可以放大。</source>
      <translation>This page has {n} photos; tap a photo to enlarge it.</translation>
    </message>
    <message>
      <source>本页有二维码，可用手机扫码带走。</source>
      <translation>This page has a QR code: scan it with your phone to take the page with you.</translation>
    </message>
    <message>
      <source>相关内容</source>
      <translation>Related</translation>
    </message>
    <message>
      <source>第 {n} 项，{title}，{subtitle}。</source>
      <translation>Item {n}: {title}, {subtitle}.</translation>
    </message>
    <message>
      <source>附件：{name}</source>
      <translation>Attachment: {name}</translation>
    </message>
  </context>
  <context>
    <name>Pager</name>
    <message>
      <source>▲ 上一页</source>
      <translation>▲ Previous page</translation>
    </message>
    <message>
      <source>下一页 ▼</source>
      <translation>Next page ▼</translation>
    </message>
  </context>
  <context>
    <name>Payouts</name>
    <message>
      <source>{day}发放</source>
      <translation>paid {day}</translation>
    </message>
    <message>
      <source>为保护个人隐私，姓名已隐去部分文字。</source>
      <translation>To protect privacy, names are partly hidden.</translation>
    </message>
    <message>
      <source>本年度没有发放记录</source>
      <translation>No payments this year</translation>
    </message>
  </context>
  <context>
    <name>PayoutsPage</name>
    <message>
      <source>为保护个人隐私，姓名已隐去部分文字。查本人记录请用「查我的补贴」。</source>
      <translation>Names are partly hidden for privacy. Use “Find my payouts” for your own records.</translation>
    </message>
    <message>
      <source>共 %1 条，已全部显示</source>
      <translation>All %1 rows shown</translation>
    </message>
    <message>
      <source>发放日期</source>
      <translation>Paid on</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>期号</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>期号 %1　发放日期 %2</source>
      <translation>Period %1　Paid on %2</translation>
    </message>
    <message>
      <source>村民小组</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>第 %1–%2 条，共 %3 条</source>
      <translation>Rows %1–%2 of %3</translation>
    </message>
    <message>
      <source>金额</source>
      <translation>Amount</translation>
    </message>
  </context>
  <context>
    <name>QrCard</name>
    <message>
      <source>手机扫码，带走本页</source>
      <translation>Scan to take this page with you</translation>
    </message>
  </context>
  <context>
    <name>ReadAloud</name>
    <message>
      <source>声音播放失败，暂时无法朗读</source>
      <translation>Sound playback failed; reading aloud is not possible now</translation>
    </message>
    <message>
      <source>本机未安装朗读组件，暂时无法朗读</source>
      <translation>Read-aloud is not installed on this kiosk</translation>
    </message>
    <message>
      <source>本机没有可用的扬声器或耳机，暂时无法朗读</source>
      <translation>This kiosk has no working speaker or headphones; reading aloud is not possible now</translation>
    </message>
    <message>
      <source>本机的朗读组件没有这种语言的语音，暂时无法朗读，请阅读屏幕上的文字</source>
      <translation>Read-aloud has no voice for this language on this kiosk; please read the screen</translation>
    </message>
    <message>
      <source>语音合成失败，暂时无法朗读，请阅读屏幕上的文字</source>
      <translation>Speech synthesis failed; please read the screen</translation>
    </message>
  </context>
  <context>
    <name>ReaderPage</name>
    <message>
      <source>已到本页末尾</source>
      <translation>End of the page</translation>
    </message>
    <message>
      <source>打印带走</source>
      <translation>Print to take away</translation>
    </message>
    <message>
      <source>扫码带走</source>
      <translation>scan to take away</translation>
    </message>
    <message>
      <source>点击放大</source>
      <translation>Tap to enlarge</translation>
    </message>
    <message>
      <source>附件</source>
      <translation>Attachments</translation>
    </message>
  </context>
  <context>
    <name>Rows</name>
    <message>
      <source>也可以点「{label}」。</source>
      <translation>You can also tap “{label}”.</translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <source>{label}：{value}</source>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <source>【已过公示期】</source>
      <translation>[Notice period ended] </translation>
    </message>
    <message>
      <source>也可以把问题告诉窗口工作人员或写下来留下，工作人员会答复您；要正式取得政府信息，可以申请政府信息公开。</source>
      <translation>You can also tell your question to the staff at the counter or leave it in writing, and they will answer you; to get government information formally, you can apply for disclosure.</translation>
    </message>
    <message>
      <source>乡镇与村</source>
      <translation>Township and villages</translation>
    </message>
    <message>
      <source>公开文件</source>
      <translation>Documents</translation>
    </message>
    <message>
      <source>到哪里办</source>
      <translation>Where to go</translation>
    </message>
    <message>
      <source>办公时间</source>
      <translation>Opening hours</translation>
    </message>
    <message>
      <source>办公时间：{hours}</source>
      <translation>Opening hours: {hours}</translation>
    </message>
    <message>
      <source>去查询</source>
      <translation>Look it up</translation>
    </message>
    <message>
      <source>去申请</source>
      <translation>Apply</translation>
    </message>
    <message>
      <source>同义词表</source>
      <translation>Synonyms</translation>
    </message>
    <message>
      <source>咨询电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>地址：{address}</source>
      <translation>Address: {address}</translation>
    </message>
    <message>
      <source>多久办好</source>
      <translation>How long it takes</translation>
    </message>
    <message>
      <source>工作日历</source>
      <translation>Working calendar</translation>
    </message>
    <message>
      <source>开始</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>意见征集</source>
      <translation>Public consultation</translation>
    </message>
    <message>
      <source>搜索</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>搜索“{text}”的结果。</source>
      <translation>Results for “{text}”.</translation>
    </message>
    <message>
      <source>搜索功能暂不可用，请从首页逐级查找</source>
      <translation>Search is not available now; please browse from the home screen</translation>
    </message>
    <message>
      <source>政务公开窗口</source>
      <translation>the government disclosure window</translation>
    </message>
    <message>
      <source>政策找人</source>
      <translation>What am I entitled to</translation>
    </message>
    <message>
      <source>政策解读</source>
      <translation>Policies</translation>
    </message>
    <message>
      <source>村务公开</source>
      <translation>Village notices</translation>
    </message>
    <message>
      <source>查看全文</source>
      <translation>Read in full</translation>
    </message>
    <message>
      <source>标准目录</source>
      <translation>Standard catalogue</translation>
    </message>
    <message>
      <source>正在搜索“{text}”</source>
      <translation>Searching for “{text}”</translation>
    </message>
    <message>
      <source>没有找到与“{text}”有关的内容</source>
      <translation>Nothing found for “{text}”</translation>
    </message>
    <message>
      <source>答复</source>
      <translation>Answer</translation>
    </message>
    <message>
      <source>简明问答</source>
      <translation>Questions &amp; answers</translation>
    </message>
    <message>
      <source>补贴查询</source>
      <translation>Subsidies</translation>
    </message>
    <message>
      <source>请到{office}咨询工作人员</source>
      <translation>Please ask the staff at {office}</translation>
    </message>
    <message>
      <source>请到政务公开窗口咨询工作人员。</source>
      <translation>Please ask the staff at the government disclosure window.</translation>
    </message>
    <message>
      <source>请在输入框里输入想找的内容，汉字或拼音首字母都可以，结果会显示在下面。</source>
      <translation>Type what you are looking for in the box (Chinese characters or pinyin initials); results appear below.</translation>
    </message>
    <message>
      <source>需要带的材料</source>
      <translation>What to bring</translation>
    </message>
    <message>
      <source>，电话：{phone}</source>
      <translation>, phone: {phone}</translation>
    </message>
  </context>
  <context>
    <name>SearchPage</name>
    <message>
      <source>大家常查：</source>
      <translation>Popular topics:</translation>
    </message>
    <message>
      <source>已到结果末尾</source>
      <translation>End of the results</translation>
    </message>
    <message>
      <source>想办什么事？如“低保怎么申请”，或拼音“dibao”</source>
      <translation>What do you need? e.g. “how to apply for dibao”, or pinyin “dibao”</translation>
    </message>
    <message>
      <source>找不到想要的内容？</source>
      <translation>Cannot find what you need?</translation>
    </message>
    <message>
      <source>搜索</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>最佳答案</source>
      <translation>Best answer</translation>
    </message>
    <message>
      <source>本镇没有直接回答这个问题的内容。相近的内容：</source>
      <translation>Nothing here answers this question directly. Related topics:</translation>
    </message>
    <message>
      <source>查看全文</source>
      <translation>Read in full</translation>
    </message>
    <message>
      <source>清空</source>
      <translation>Clear</translation>
    </message>
  </context>
  <context>
    <name>SlipPrinter</name>
    <message>
      <source>{n} 张都已存为打印文件（本机没有接打印机，演示）</source>
      <translation>All {n} slips were saved as print files (this demo kiosk has no printer attached)</translation>
    </message>
    <message>
      <source>{n} 张都已打印，请在出纸口取走</source>
      <translation>All {n} slips printed; take them from the printer</translation>
    </message>
    <message>
      <source>已存为打印文件（本机没有接打印机，演示）</source>
      <translation>Saved as a print file (this demo kiosk has no printer attached)</translation>
    </message>
    <message>
      <source>已打印 {done} 张，第 {next} 张{reason}</source>
      <translation>{done} printed; slip {next}: {reason}</translation>
    </message>
    <message>
      <source>已打印，请在出纸口取走</source>
      <translation>Printed; take it from the printer</translation>
    </message>
    <message>
      <source>打印机出现意外错误：{name}</source>
      <translation>The printer failed unexpectedly: {name}</translation>
    </message>
    <message>
      <source>本单无法生成</source>
      <translation>this slip could not be made</translation>
    </message>
    <message>
      <source>正在打印 {n} 张……</source>
      <translation>Printing {n} slips…</translation>
    </message>
    <message>
      <source>正在打印……</source>
      <translation>Printing…</translation>
    </message>
    <message>
      <source>没能打印：{reason}。可以用手机扫码带走，或请窗口工作人员帮忙打印。</source>
      <translation>Could not print: {reason}. Scan the code with a phone to take it away, or ask the staff at the counter to print it.</translation>
    </message>
  </context>
  <context>
    <name>Speech</name>
    <message>
      <source>下面读第 {first} 至第 {last} {unit}：</source>
      <translation>Reading {first} to {last}:</translation>
    </message>
    <message>
      <source>共 {count} {unit}。</source>
      <translation>{count} in all.</translation>
    </message>
    <message>
      <source>已读到最后一{unit}。</source>
      <translation>That was the last one.</translation>
    </message>
    <message>
      <source>暂无内容</source>
      <translation>Nothing here yet</translation>
    </message>
    <message>
      <source>条</source>
      <translation>entry</translation>
    </message>
    <message>
      <source>笔</source>
      <translation>payment</translation>
    </message>
    <message>
      <source>第 {n} {unit}，{entry}。</source>
      <translation>{n}: {entry}.</translation>
    </message>
    <message>
      <source>第 {n} {unit}：</source>
      <translation>Number {n}:</translation>
    </message>
    <message>
      <source>还有更多内容，请点「下一页」后再点「朗读」。</source>
      <translation>There is more: tap “Next page”, then “Read aloud” again.</translation>
    </message>
    <message>
      <source>项</source>
      <translation>item</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>办理状态：{value}</source>
      <translation>Status: {value}</translation>
    </message>
    <message>
      <source>受理日期：{value}</source>
      <translation>Received: {value}</translation>
    </message>
    <message>
      <source>如何获取答复</source>
      <translation>How to get the reply</translation>
    </message>
    <message>
      <source>已办结</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>已受理，正在办理</source>
      <translation>Received, in progress</translation>
    </message>
    <message>
      <source>已延期答复，正在办理</source>
      <translation>Reply deadline extended; being handled</translation>
    </message>
    <message>
      <source>已答复</source>
      <translation>Answered</translation>
    </message>
    <message>
      <source>延期</source>
      <translation>Extension</translation>
    </message>
    <message>
      <source>当场答复或另行通知</source>
      <translation>Answered on the spot or you will be notified</translation>
    </message>
    <message>
      <source>期限怎么算</source>
      <translation>How the deadline was counted</translation>
    </message>
    <message>
      <source>未按期补正，视为放弃申请</source>
      <translation>Not completed in time; treated as withdrawn</translation>
    </message>
    <message>
      <source>正在办理</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>正在征求第三方意见（这段时间不计入办理期限）</source>
      <translation>Asking a third party for its opinion (this time does not count towards the deadline)</translation>
    </message>
    <message>
      <source>法定答复期限：{value}</source>
      <translation>Statutory reply deadline: {value}</translation>
    </message>
    <message>
      <source>申请编号：{value}</source>
      <translation>Request number: {value}</translation>
    </message>
    <message>
      <source>答复日期</source>
      <translation>Reply date</translation>
    </message>
    <message>
      <source>答复结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>补正</source>
      <translation>Information to supply</translation>
    </message>
    <message>
      <source>请输入受理回执上的申请编号，或用扫码枪扫描回执上的二维码，然后点「查询」。</source>
      <translation>Enter the request number from your receipt, or scan the receipt’s QR code, then tap “Look up”.</translation>
    </message>
    <message>
      <source>进度查询</source>
      <translation>Request status</translation>
    </message>
    <message>
      <source>需要补正材料</source>
      <translation>More information needed from the applicant</translation>
    </message>
    <message>
      <source>（已超过法定答复期限）</source>
      <translation> (past the statutory deadline)</translation>
    </message>
    <message>
      <source>（暂定，待明年节假日安排公布后确认）</source>
      <translation> (provisional until next year’s public holidays are announced)</translation>
    </message>
  </context>
  <context>
    <name>StatusPage</name>
    <message>
      <source>办理状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>受理日期</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>查询</source>
      <translation>Look up</translation>
    </message>
    <message>
      <source>法定答复期限</source>
      <translation>Statutory reply date</translation>
    </message>
    <message>
      <source>申请编号</source>
      <translation>Request number</translation>
    </message>
    <message>
      <source>请输入受理回执上的申请编号，或用扫码枪扫描回执上的二维码。</source>
      <translation>Type the request number on your receipt, or scan the receipt's QR code.</translation>
    </message>
    <message>
      <source>进度查询</source>
      <translation>Request status</translation>
    </message>
  </context>
  <context>
    <name>Toolbar</name>
    <message>
      <source>‹ 返回</source>
      <translation>‹ Back</translation>
    </message>
    <message>
      <source>停止朗读</source>
      <translation>Stop reading</translation>
    </message>
    <message>
      <source>朗读</source>
      <translation>Read aloud</translation>
    </message>
    <message>
      <source>首页</source>
      <translation>Home</translation>
    </message>
  </context>
  <context>
    <name>Voice</name>
    <message>
      <source>不满意</source>
      <translation>Dissatisfied</translation>
    </message>
    <message>
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>办事流程复杂</source>
      <translation>The procedure is too complicated</translation>
    </message>
    <message>
      <source>医疗卫生</source>
      <translation>Health care</translation>
    </message>
    <message>
      <source>土地房屋</source>
      <translation>Land and housing</translation>
    </message>
    <message>
      <source>基本满意</source>
      <translation>Fairly satisfied</translation>
    </message>
    <message>
      <source>工作人员态度不好</source>
      <translation>Staff were unfriendly</translation>
    </message>
    <message>
      <source>惠农补贴</source>
      <translation>Farm subsidies</translation>
    </message>
    <message>
      <source>户籍证件</source>
      <translation>Household register and ID</translation>
    </message>
    <message>
      <source>教育就学</source>
      <translation>Schooling</translation>
    </message>
    <message>
      <source>村务公开</source>
      <translation>Village affairs</translation>
    </message>
    <message>
      <source>民政救助</source>
      <translation>Social assistance</translation>
    </message>
    <message>
      <source>满意</source>
      <translation>Satisfied</translation>
    </message>
    <message>
      <source>社会保障</source>
      <translation>Social security</translation>
    </message>
    <message>
      <source>等候时间太长</source>
      <translation>The wait was too long</translation>
    </message>
    <message>
      <source>设备不好用</source>
      <translation>The machines were hard to use</translation>
    </message>
    <message>
      <source>问题没有解决</source>
      <translation>My problem was not solved</translation>
    </message>
    <message>
      <source>非常不满意</source>
      <translation>Very dissatisfied</translation>
    </message>
    <message>
      <source>非常满意</source>
      <translation>Very satisfied</translation>
    </message>
  </context>
  <context>
    <name>VoicePage</name>
    <message>
      <source>1. 选择问题类别</source>
      <translation>1. Choose a topic</translation>
    </message>
    <message>
      <source>2. 写下您的问题（最多 %1 字，请不要写身份证号码和电话）</source>
      <translation>2. Write your question (at most %1 characters; no ID or phone numbers, please)</translation>
    </message>
    <message>
      <source>✓ 同意留电话，仅用于回电答复</source>
      <translation>✓ I agree to leave a phone, only for a call back</translation>
    </message>
    <message>
      <source>为我们的服务评价</source>
      <translation>Rate our service</translation>
    </message>
    <message>
      <source>其他原因（自己写）</source>
      <translation>Another reason (write it)</translation>
    </message>
    <message>
      <source>回电号码（不会显示给任何人）</source>
      <translation>Call-back number (never shown to anyone)</translation>
    </message>
    <message>
      <source>希望电话答复？点此同意留电话</source>
      <translation>Want a reply by phone? Tap to agree to leave a number</translation>
    </message>
    <message>
      <source>您的问题</source>
      <translation>Your question</translation>
    </message>
    <message>
      <source>您选择了“%1”，请点一项原因</source>
      <translation>You chose “%1”: please tap a reason</translation>
    </message>
    <message>
      <source>意见征集：草案公开征求意见</source>
      <translation>Public consultation on drafts</translation>
    </message>
    <message>
      <source>提交原因</source>
      <translation>Send reason</translation>
    </message>
    <message>
      <source>提交留言</source>
      <translation>Send question</translation>
    </message>
    <message>
      <source>本次已评价：%1</source>
      <translation>Rated this visit: %1</translation>
    </message>
    <message>
      <source>点一下您的评价（不记录任何个人信息）</source>
      <translation>Tap your rating (no personal data is kept)</translation>
    </message>
    <message>
      <source>留言提问</source>
      <translation>Ask a question</translation>
    </message>
    <message>
      <source>留言评价</source>
      <translation>Ask &amp; rate</translation>
    </message>
    <message>
      <source>看看简明问答（常见问题的答复）</source>
      <translation>Questions answered (FAQ)</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>分词'</source>
      <translation>Split '</translation>
    </message>
    <message>
      <source>符号</source>
      <translation>Symbols</translation>
    </message>
  </context>
  <context>
    <name>numbers</name>
    <message>
      <source>字母</source>
      <translation>Letters</translation>
    </message>
  </context>
  <context>
    <name>style</name>
    <message>
      <source>&lt;b&gt;中&lt;/b&gt;/英</source>
      <translation>&lt;b&gt;中&lt;/b&gt;/EN</translation>
    </message>
    <message>
      <source>中/&lt;b&gt;英&lt;/b&gt;</source>
      <translation>中/&lt;b&gt;EN&lt;/b&gt;</translation>
    </message>
    <message>
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>大写</source>
      <translation>Shift</translation>
    </message>
    <message>
      <source>大写锁定</source>
      <translation>Caps lock</translation>
    </message>
    <message>
      <source>收起</source>
      <translation>Hide</translation>
    </message>
    <message>
      <source>确定</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>空格</source>
      <translation>Space</translation>
    </message>
  </context>
  <context>
    <name>symbols</name>
    <message>
      <source>拼音</source>
      <translation>Pinyin</translation>
    </message>
  </context>
</TS>
