<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug" sourcelanguage="zh_CN">
  <context>
    <name>Catalogue</name>
    <message>
      <source>一级事项</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>二级事项</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>依据哪些规定</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>公开主体</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>公开依据</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>公开内容（要素）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>公开哪些内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>公开对象</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>公开层级</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>公开方式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>公开时限</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>公开渠道和载体</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>具体事项</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>向谁公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>在哪里公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>多久内公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>大类</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>怎样公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>由哪一级负责</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>由谁公开</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChoicePage</name>
    <message>
      <source>共 %1 项，已到最后</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>暂无内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第 %1–%2 项，共 %3 项</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>紧急</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>%1年%2月</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>今天</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>取消</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>点此选择日期</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Eligibility</name>
    <message>
      <source>100岁及以上</source>
      <comment>option:age:a100</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>60到64岁</source>
      <comment>option:age:a60</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>60周岁以上老人、残疾人、未满16周岁的未成年人，无劳动能力、无生活来源、无法定赡养人（或赡养人无能力）的，可申请特困供养。</source>
      <comment>rule:tekun:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>60岁以下</source>
      <comment>option:age:under60</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>65到79岁</source>
      <comment>option:age:a65</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>65岁以上老人、残疾人、慢性病患者可优先签约家庭医生，65岁以上老人每年免费体检一次。</source>
      <comment>rule:jiating_yisheng:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>65岁以上老人、残疾人和慢性病、重病患者是家庭医生签约的重点人群；65岁以上老人每年可免费健康体检一次。</source>
      <comment>rule:jiating_yisheng:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>80到89岁</source>
      <comment>option:age:a80</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>90到99岁</source>
      <comment>option:age:a90</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}发放名单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{question}
可以选：{answers}。{extra}不想回答可以点“跳过”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{title}，{status}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>、</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>一级或二级</source>
      <comment>option:disability:severe</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>三级或四级</source>
      <comment>option:disability:mild</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>不清楚可以跳过</source>
      <comment>question:pension:hint</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>临时救助</source>
      <comment>rule:linshi_jiuzhu:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>义务教育“两免一补”</source>
      <comment>rule:yiwu_jiaoyu:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>义务教育阶段学生免学杂费、免费提供教科书；家庭经济困难的寄宿生可申请生活费补助。</source>
      <comment>rule:yiwu_jiaoyu:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从事农业生产的个人和农业生产经营组织购买补贴范围内的机具，可申请补贴。</source>
      <comment>rule:nongji:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>以上都没有</source>
      <comment>question:family:none_label</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>以上都没有</source>
      <comment>question:land:none_label</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>低保、特困人员、低保边缘家庭成员和因病致贫的重病患者，可申请医疗救助。</source>
      <comment>rule:yiliao_jiuzhu:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>低保家庭中的残疾人可申请困难残疾人生活补贴。</source>
      <comment>rule:disabled_living:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>住的是危房</source>
      <comment>option:land:unsafe</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>农机购置补贴</source>
      <comment>rule:nongji:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>农村义务教育学生营养改善计划</source>
      <comment>rule:yingyang:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>农村低收入群体等重点对象住房不安全的，可申请危房改造补助。</source>
      <comment>rule:weifang:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>农村危房改造</source>
      <comment>rule:weifang:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>农村家庭因病、因灾、因意外等出现返贫致贫风险的，可申请纳入监测帮扶。</source>
      <comment>rule:fangfanpin:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>农村户口</source>
      <comment>option:hukou:rural</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>办理地点：{text}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>医疗救助</source>
      <comment>rule:yiliao_jiuzhu:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>参加城乡居民养老保险</source>
      <comment>rule:jumin_canbao:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>参加城乡居民养老保险、年满60周岁、累计缴费满15年的，可以按月领取养老金。</source>
      <comment>rule:jumin_yanglao:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>可以选几项，选好后点“选好了”</source>
      <comment>question:family:hint</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>可以选几项，选好后点“选好了”</source>
      <comment>question:land:hint</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>可能符合，请到窗口确认</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>咨询电话：{text}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>因火灾、交通事故等意外或突发重大疾病，基本生活暂时严重困难的家庭，可申请临时救助。</source>
      <comment>rule:linshi_jiuzhu:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>因经济困难没有委托律师的，可申请免费法律援助。</source>
      <comment>rule:falv_yuanzhu:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>因身体状况、家庭因素等难以就业的人员，可申请就业援助。</source>
      <comment>rule:jiuye:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>困难残疾人生活补贴</source>
      <comment>rule:disabled_living:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>城乡居民养老保险</source>
      <comment>option:pension:resident</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>城乡居民养老保险待遇</source>
      <comment>rule:jumin_yanglao:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>城乡居民基本医疗保险</source>
      <comment>rule:jumin_yibao:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>城镇户口</source>
      <comment>option:hukou:urban</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>实施营养改善计划地区的农村义务教育学生享受营养膳食补助。</source>
      <comment>rule:yingyang:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>家庭人均收入低于当地低保标准、财产状况符合规定的家庭，可申请低保。</source>
      <comment>rule:dibao:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>家庭医生签约和免费健康体检</source>
      <comment>rule:jiating_yisheng:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>家里有人患重病</source>
      <comment>option:family:illness</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>家里有残疾人</source>
      <comment>option:family:disabled</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>就业援助</source>
      <comment>rule:jiuye:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>年满16周岁、不在校、没有参加职工养老保险的城乡居民，可以在户籍地参加城乡居民养老保险。</source>
      <comment>rule:jumin_canbao:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>年满80周岁的老人可申请高龄津贴，请确认年龄。</source>
      <comment>rule:gaoling:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您今年多大年纪？</source>
      <comment>question:age:text</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您参加的是哪种养老保险？</source>
      <comment>question:pension:text</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您家孩子在农村上小学或初中，实施营养改善计划的学校按标准提供营养膳食补助。</source>
      <comment>rule:yingyang:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您家有一级或二级残疾人，需要长期照护的可申请重度残疾人护理补贴。</source>
      <comment>rule:disabled_care:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您家有划入公益林的山林，集体和个人所有的公益林可按面积领取森林生态效益补偿。</source>
      <comment>rule:gongyilin:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您家有孩子上小学或初中：免学杂费、免费提供教科书；家庭经济困难的寄宿生还可申请生活费补助。</source>
      <comment>rule:yiwu_jiaoyu:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您家有承包耕地，种地的农民可按承包面积领取耕地地力保护补贴。</source>
      <comment>rule:gengdi:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您家有残疾人且生活困难。低保家庭中的残疾人可申请困难残疾人生活补贴。</source>
      <comment>rule:disabled_living:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您家有重病病人或生活困难。低保、特困人员、低保边缘家庭成员和因病致贫的重病患者，医保报销后自付仍多的，可申请医疗救助。</source>
      <comment>rule:yiliao_jiuzhu:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您家生活困难。家庭人均收入低于当地低保标准、财产状况符合规定的，可申请低保。</source>
      <comment>rule:dibao:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您家生活困难。遇到讨薪、赡养、工伤等纠纷又请不起律师的，可申请免费法律援助。</source>
      <comment>rule:falv_yuanzhu:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您家种了水稻，稻谷实际种植者可按核定的种植面积领取稻谷补贴。</source>
      <comment>rule:daogu:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您家种地、有山林或住房困难吗？</source>
      <comment>question:land:text</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您家遇到了突发困难或有人患重病。因意外事件、突发重大疾病等导致基本生活暂时严重困难的，可申请临时救助，情况紧急的可先行救助。</source>
      <comment>rule:linshi_jiuzhu:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您家里有下面这些情况吗？</source>
      <comment>question:family:text</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您已满60周岁并参加了城乡居民养老保险，累计缴费满15年的可以按月领取养老金。</source>
      <comment>rule:jumin_yanglao:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您年满{age}岁、独自居住，村（社区）会定期上门探访，提供居家养老服务。</source>
      <comment>rule:tanfang:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您年满{age}岁，可申请高龄津贴。</source>
      <comment>rule:gaoling:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您打算买农机。从事农业生产的个人购买补贴范围内的机具，可申请农机购置补贴。</source>
      <comment>rule:nongji:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您是农村户口、住的是危房。低保户、分散供养特困人员、低保边缘家庭等住房不安全的，可申请农村危房改造补助。</source>
      <comment>rule:weifang:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您是农村户口，家里生活困难、有重病或遭遇突发困难，可以申请纳入防止返贫监测，获得针对性帮扶。</source>
      <comment>rule:fangfanpin:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您是老年人或残疾人，无人赡养且生活困难。无劳动能力、无生活来源、无法定赡养人（或赡养人无能力）的，可申请特困人员救助供养。</source>
      <comment>rule:tekun:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您未满60周岁，也没有参加职工养老保险，可以在户籍地参加城乡居民养老保险；重度残疾人等缴费困难的，政府代缴部分或全部最低档保费。</source>
      <comment>rule:jumin_canbao:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您的回答只用于这次查询：不保存、不上传、不记录；回到首页或无人操作时自动清除。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您的户口是农村还是城镇？</source>
      <comment>question:hukou:text</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您还在劳动年龄，家里有残疾人或生活困难。就业困难人员可申请免费培训、公益性岗位等就业援助。</source>
      <comment>rule:jiuye:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打算买农机</source>
      <comment>option:land:machine</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>拥有耕地承包权的种地农民可领取耕地地力保护补贴。</source>
      <comment>rule:gengdi:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>按周岁算</source>
      <comment>question:age:hint</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>收入低、生活困难</source>
      <comment>option:family:lowincome</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政策文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无子女或子女无力赡养</source>
      <comment>option:family:nosupport</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>最低生活保障（低保）</source>
      <comment>rule:dibao:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>有公益林山林</source>
      <comment>option:land:forest</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>有孩子上小学或初中</source>
      <comment>option:family:student</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>有承包耕地</source>
      <comment>option:land:farmland</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本机还没有收到县里发布的政策匹配规则，请到窗口咨询。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查询结果</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准目录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准：{text}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>根据您的回答，找到 {n} 项：符合 {match} 项，可能符合 {maybe} 项（请到窗口确认）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>根据您的回答，没有找到对应的政策。如有疑问，请到窗口咨询。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>残疾等级为一级、二级且需要长期照护的重度残疾人，可申请护理补贴。</source>
      <comment>rule:disabled_care:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>残疾证上是几级？</source>
      <comment>question:disability:text</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有就点“{label}”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有职工医保的城乡居民都可以参加城乡居民医保；低保、特困等困难人员参保，个人缴费有资助。</source>
      <comment>rule:jumin_yibao:reason</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有职工医保的城乡居民都可以参加城乡居民医保；困难人员参保有资助。</source>
      <comment>rule:jumin_yibao:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>法律援助</source>
      <comment>rule:falv_yuanzhu:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>特困人员救助供养</source>
      <comment>rule:tekun:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>独居</source>
      <comment>option:family:alone</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>独居、空巢、留守等特殊困难老年人可享受定期探访关爱服务。</source>
      <comment>rule:tanfang:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>独居老人探访关爱和居家养老服务</source>
      <comment>rule:tanfang:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>生态公益林补偿</source>
      <comment>rule:gongyilin:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>看户口簿上的户别</source>
      <comment>question:hukou:hint</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>看第二代残疾人证</source>
      <comment>question:disability:hint</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>种了水稻</source>
      <comment>option:land:rice</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>种植水稻的农户可按核定面积领取稻谷补贴。</source>
      <comment>rule:daogu:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>稻谷补贴</source>
      <comment>rule:daogu:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>符合条件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第{n}题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>耕地地力保护补贴</source>
      <comment>rule:gengdi:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>职工养老保险（有退休金）</source>
      <comment>option:pension:employee</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>补贴查询</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请带上：{text}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>遭遇火灾、车祸等突发困难</source>
      <comment>option:family:hardship</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>都没有参加</source>
      <comment>option:pension:none</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>重度残疾人护理补贴</source>
      <comment>rule:disabled_care:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>防止返贫动态监测和帮扶</source>
      <comment>rule:fangfanpin:title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>集体和个人所有的公益林，可按面积领取补偿。</source>
      <comment>rule:gongyilin:reason_unsure</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>高龄津贴</source>
      <comment>rule:gaoling:title</comment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EligibilityPage</name>
    <message>
      <source>‹ 上一题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上一页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>下一页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>去哪里</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>带什么</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>我能享受哪些政策</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>朗读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>电话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第 %1 题（最多 %2 题，每题都可以跳过）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>跳过这一题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选好了，下一题 ›</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>重新回答</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>没有找到这个编号的申请，请核对回执上的编号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请输入完整的中文姓名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请输入申请编号（在受理回执上）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请输入身份证号码的最后4位（数字或X）</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Guide</name>
    <message>
      <source>一般不收费。只有申请数量、频次明显超过合理范围时，才会按规定收取信息处理费。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>不能当场答复的，自收到申请之日起20个工作日内答复；需要延长的，最多再延长20个工作日，并会告知您。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>也可以通过信函、传真或网上提交申请。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>书写确有困难的，可以口头提出，由工作人员代为填写，您核对后签字。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>到便民服务中心政务公开窗口，填写《政府信息公开申请表》。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>受理后会给您一张回执，上面有申请编号和二维码。用手机扫二维码，或在本机首页点「进度查询」输入或扫描编号，即可查看办理进度。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>多久答复</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>如何申请政府信息公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>希望以什么形式获取：纸质、电子邮件、光盘，自取或邮寄。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>怎么申请</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>想要的政府信息的名称、文号，或者能说清楚是哪份信息的描述。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本人身份证件（代办的还需带委托书和代办人身份证件）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查询进度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申请内容不明确的，会在7个工作日内一次性告知需要补正的内容。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>联系电话和通讯地址，便于我们答复您。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>能当场答复的当场答复。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请带上</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>费用</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Home</name>
    <message>
      <source>{n}，{title}：{hint}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{township}政务公开专区，首页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>今天是{day}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>屏幕上有 {n} 个彩色大方块，从左到右、从上到下依次是：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>数据可能已过期，请以政府网站和公告栏为准。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>数据尚未同步</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>数据更新于 {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>每一页的上方都有「朗读」按钮，点它就能听这一页的内容；「返回」回到上一页，「首页」回到这里。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>点一下方块就能进入。右上角「搜索」可以找任何内容，「长辈模式」让字变大。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>紧急通知：{titles}。</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>二十六个领域的公开事项</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>停止朗读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>党务、村务、财务、居务</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>回答几个问题，不用打字</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>怎么申请、带什么材料</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>惠民惠农补贴“一卡通”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>我能享受
哪些政策</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>我能享受哪些政策</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政策文件和通俗解读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政策解读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>数据可能已过期，请以政府网站和公告栏为准</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>朗读：听听本机怎么用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>村务公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准目录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申请公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>紧急通知：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>补贴查询</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>输入或扫描申请编号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>进度查询</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IdleOverlay</name>
    <message>
      <source>%1 秒后返回首页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您还在使用吗？</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>继续</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImageViewer</name>
    <message>
      <source>关闭</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>放大</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>缩小</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（双指或双击放大）</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ItemPage</name>
    <message>
      <source>已到本页末尾</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本事项暂无公开文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>看本事项的文件（%1 份）▼</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <source>✓ 长辈模式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您还在使用吗？如需继续，请点击继续按钮，否则将返回首页。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>搜索</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政务公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政务公开专区</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>长辈模式</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Meta</name>
    <message>
      <source>办公地址</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>办公时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>发布日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>发布机构</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>发文机关</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>受理机构</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>咨询电话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>索引号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>邮政编码</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MyPayouts</name>
    <message>
      <source>{year}年 {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>发放日期 {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>合计 {total}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查我的补贴</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有查到记录。请核对姓名和身份证号码后4位，或到村委会咨询。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请输入完整姓名和身份证号码的最后4位，然后点「查询」。本机不保存您输入的内容。</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MyPayoutsPage</name>
    <message>
      <source>共 %1 笔，合计 %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>姓名（完整填写）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已到最后一笔</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本机不保存您输入的内容。查询结果中姓名同样隐去部分文字。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查我的补贴</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查询</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>身份证号码后4位</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <source>{category}　发布于 {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label}：{value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} 个公开事项</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} 个具体事项（二级事项）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} 份文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{plain}（{term}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{title}　照片</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{title}　第 {n} 张照片，共 {count} 张</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{village} {year}年 {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{village}{year}年全部补贴合计 {n} 笔 {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{year}年</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>公示至</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>公示至 {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>共 {n} 笔</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>历史存档（已过公示期）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>发布日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>基层政务公开标准目录：请选择领域</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已经申请过？</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>惠民惠农补贴“一卡通”发放名单：请选择村或社区</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政策文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政策文件和通俗解读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政策解读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法打开：{target}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>有解读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本事项下公开的文件（{n}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本公告已过公示期，仅供查阅存档</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本项目合计 {n} 笔 {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>村务公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查我的补贴（姓名＋身份证后4位）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查看政策原文</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查看通俗解读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查询申请进度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准目录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在公示</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在公示 {current} 条，历史存档 {archive} 条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>社区</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>类别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>紧急</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>行政村</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>补贴查询</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请选择具体事项（二级事项）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请选择大类（一级事项）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请选择年度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请选择您所在的村或社区</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请选择补贴项目（金额为历年合计）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>输入或扫描回执上的申请编号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>长期公示</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <source>{label}：{value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{plain}（{term}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{title}：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>另有 {n} 项，请在屏幕上查看。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本页有 {n} 张照片，点照片可以放大。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本页有二维码，可用手机扫码带走。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>相关内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第 {n} 项，{title}，{subtitle}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>附件：{name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Pager</name>
    <message>
      <source>▲ 上一页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>下一页 ▼</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Payouts</name>
    <message>
      <source>{day}发放</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>为保护个人隐私，姓名已隐去部分文字。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本年度没有发放记录</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PayoutsPage</name>
    <message>
      <source>为保护个人隐私，姓名已隐去部分文字。查本人记录请用「查我的补贴」。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>共 %1 条，已全部显示</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>发放日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>姓名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>期号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>期号 %1　发放日期 %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>村民小组</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第 %1–%2 条，共 %3 条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>金额</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QrCard</name>
    <message>
      <source>手机扫码，带走本页</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReadAloud</name>
    <message>
      <source>声音播放失败，暂时无法朗读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本机未安装朗读组件，暂时无法朗读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本机没有可用的扬声器或耳机，暂时无法朗读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本机的朗读组件没有这种语言的语音，暂时无法朗读，请阅读屏幕上的文字</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>语音合成失败，暂时无法朗读，请阅读屏幕上的文字</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReaderPage</name>
    <message>
      <source>已到本页末尾</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>扫码带走</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>点击放大</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>附件</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Rows</name>
    <message>
      <source>也可以点「{label}」。</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <source>{label}：{value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>公开文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>到哪里办</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>办公时间：{hours}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>咨询电话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>地址：{address}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>多久办好</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>搜索</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>搜索“{text}”的结果。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>搜索功能暂不可用，请从首页逐级查找</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政务公开窗口</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政策解读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>村务公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准目录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在搜索“{text}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有找到与“{text}”有关的内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请到{office}咨询工作人员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请到政务公开窗口咨询工作人员。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请在输入框里输入想找的内容，汉字或拼音首字母都可以，结果会显示在下面。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>需要带的材料</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>，电话：{phone}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SearchPage</name>
    <message>
      <source>大家常查：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已到结果末尾</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您是不是要找：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>想办什么事？如“低保怎么申请”，或拼音“dibao”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>找不到想要的内容？</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>搜索</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>最佳答案</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查看全文</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>清空</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Speech</name>
    <message>
      <source>下面读第 {first} 至第 {last} {unit}：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>共 {count} {unit}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已读到最后一{unit}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>暂无内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>笔</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第 {n} {unit}，{entry}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第 {n} {unit}：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>还有更多内容，请点「下一页」后再点「朗读」。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>项</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>办理状态：{value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>受理日期：{value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已办结</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已受理，正在办理</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已延期答复</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已答复</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>当场答复或另行通知</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未按期补正，视为放弃申请</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在办理</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在征求意见（不计入办理期限）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>法定答复期限：{value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申请编号：{value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请输入受理回执上的申请编号，或用扫码枪扫描回执上的二维码，然后点「查询」。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>进度查询</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>需要补正材料，请留意通知</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（已超过法定答复期限）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（暂定，待明年节假日安排公布后确认）</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StatusPage</name>
    <message>
      <source>办理状态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>受理日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查询</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>法定答复期限</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申请编号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请输入受理回执上的申请编号，或用扫码枪扫描回执上的二维码。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>进度查询</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Toolbar</name>
    <message>
      <source>‹ 返回</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>停止朗读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>朗读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>首页</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>分词'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>符号</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>numbers</name>
    <message>
      <source>字母</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>style</name>
    <message>
      <source>&lt;b&gt;中&lt;/b&gt;/英</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>中/&lt;b&gt;英&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>大写</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>大写锁定</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>收起</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>确定</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>空格</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>symbols</name>
    <message>
      <source>拼音</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
