<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo" sourcelanguage="zh_CN">
  <context>
    <name>Home</name>
    <message>
      <source>数据尚未同步</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>གཞི་གྲངས་མཉམ་སྒྲིག་བྱས་མེད།</translation>
    </message>
    <message>
      <source>数据更新于 {when}</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>གཞི་གྲངས་གསར་བཅོས། {when}</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>二十六个领域的公开事项</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ཁྱབ་ཁོངས་ཉེར་དྲུག་གི་གསལ་བསྒྲགས་དོན་ཚན</translation>
    </message>
    <message>
      <source>停止朗读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ཀློག་འདོན་མཚམས་འཇོག</translation>
    </message>
    <message>
      <source>党务、村务、财务、居务</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ཏང་དང་། གྲོང་ཚོ། དཔལ་འབྱོར། སྡོད་ཁུལ།</translation>
    </message>
    <message>
      <source>回答几个问题，不用打字</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>དྲི་བ་ཁ་ཤས་ལ་ལན་འདེབས། ཡི་གེ་རྒྱག་མི་དགོས།</translation>
    </message>
    <message>
      <source>怎么申请、带什么材料</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ཇི་ལྟར་ཞུ་དགོས། ཡིག་ཆ་ཅི་ཁྱེར་དགོས།</translation>
    </message>
    <message>
      <source>惠民惠农补贴“一卡通”</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>མི་དམངས་དང་ཞིང་པའི་རོགས་དངུལ།</translation>
    </message>
    <message>
      <source>我能享受哪些政策</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ངས་སྲིད་ཇུས་གང་དག་ལོངས་སྤྱོད་ཐུབ།</translation>
    </message>
    <message>
      <source>政策文件和通俗解读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>སྲིད་ཇུས་ཡིག་ཆ་དང་གོ་བདེའི་འགྲེལ་བཤད</translation>
    </message>
    <message>
      <source>政策解读</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>སྲིད་ཇུས་འགྲེལ་བཤད</translation>
    </message>
    <message>
      <source>数据可能已过期，请以政府网站和公告栏为准</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>གཞི་གྲངས་དུས་ཡོལ་བ་སྲིད། གཞུང་གི་དྲ་ཚིགས་དང་གསལ་བསྒྲགས་པང་ལེབ་གཞིར་བཟུང་རོགས།</translation>
    </message>
    <message>
      <source>朗读：听听本机怎么用</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ཀློག་འདོན། འཕྲུལ་འཁོར་འདི་ཇི་ལྟར་སྤྱོད་དགོས་ཉན།</translation>
    </message>
    <message>
      <source>村务公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>གྲོང་ཚོའི་ལས་དོན་གསལ་བསྒྲགས</translation>
    </message>
    <message>
      <source>标准目录</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ཚད་ལྡན་དཀར་ཆག</translation>
    </message>
    <message>
      <source>申请公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>གསལ་བསྒྲགས་ཞུ་བ</translation>
    </message>
    <message>
      <source>紧急通知：</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>བརྡ་ཐོ་གལ་ཆེན། </translation>
    </message>
    <message>
      <source>补贴查询</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>རོགས་དངུལ་འཚོལ་ཞིབ</translation>
    </message>
    <message>
      <source>输入或扫描申请编号</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ཞུ་ཡིག་ཨང་གྲངས་འཇུག་པའམ་བཤེར་འབེབས།</translation>
    </message>
    <message>
      <source>进度查询</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ཡར་ཐོན་འཚོལ་ཞིབ</translation>
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <source>✓ 长辈模式</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>✓ ཡི་གེ་ཆེན་པོ</translation>
    </message>
    <message>
      <source>搜索</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>འཚོལ་ཞིབ</translation>
    </message>
    <message>
      <source>政务公开</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>གཞུང་དོན་གསལ་བསྒྲགས།</translation>
    </message>
    <message>
      <source>政务公开专区</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>གཞུང་དོན་གསལ་བསྒྲགས་ཁུལ།</translation>
    </message>
    <message>
      <source>长辈模式</source>
      <translatorcomment>needs review by a native speaker</translatorcomment>
      <translation>ཡི་གེ་ཆེན་པོ</translation>
    </message>
  </context>
</TS>
