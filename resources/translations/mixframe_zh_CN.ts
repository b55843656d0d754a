<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Arrange</name>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="164" />
      <source>A recording can mix at most {limit} streams.</source>
      <translation>一次录制最多可混合 {limit} 路流。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="162" />
      <location filename="gui/mixframe/ui/arrange.py" line="88" />
      <source>Add a copy of each selected stream and its region</source>
      <translation>为每个选中的流及其区域添加副本</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="63" />
      <source>Align bottom</source>
      <translation>底端对齐</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="59" />
      <source>Align centre</source>
      <translation>水平居中对齐</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="58" />
      <source>Align left</source>
      <translation>左对齐</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="62" />
      <source>Align middle</source>
      <translation>垂直居中对齐</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="60" />
      <source>Align right</source>
      <translation>右对齐</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="67" />
      <source>Align the selected regions (one region: to the canvas)</source>
      <translation>对齐选中的区域（单个区域则对齐到画布）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="61" />
      <source>Align top</source>
      <translation>顶端对齐</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="80" />
      <source>Bring forward</source>
      <translation>上移一层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="79" />
      <source>Bring to front</source>
      <translation>置于顶层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="84" />
      <source>Copy the selected region's position, size and crop</source>
      <translation>复制选中区域的位置、尺寸和裁剪</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="83" />
      <source>Copy transform</source>
      <translation>复制变换</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="89" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="70" />
      <source>Distribute horizontally</source>
      <translation>水平等距分布</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="75" />
      <source>Distribute vertically</source>
      <translation>垂直等距分布</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="197" />
      <location filename="gui/mixframe/ui/arrange.py" line="87" />
      <source>Duplicate</source>
      <translation>创建副本</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="86" />
      <source>Give the selected regions the copied position, size and crop</source>
      <translation>将复制的位置、尺寸和裁剪应用到选中区域</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="24" />
      <source>Grid</source>
      <translation>网格</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="98" />
      <source>Lay out all streams; the regions stay editable</source>
      <translation>排布所有流；区域仍可继续编辑</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="85" />
      <source>Paste transform</source>
      <translation>粘贴变换</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="25" />
      <source>Picture in picture</source>
      <translation>画中画</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="90" />
      <source>Remove the selected streams and their regions</source>
      <translation>移除选中的流及其区域</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="91" />
      <source>Select all</source>
      <translation>全选</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="81" />
      <source>Send backward</source>
      <translation>下移一层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="82" />
      <source>Send to back</source>
      <translation>置于底层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="27" />
      <source>Side by side</source>
      <translation>并排</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="71" />
      <source>Space three or more regions evenly left to right</source>
      <translation>将三个或更多区域从左到右等距排列</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="76" />
      <source>Space three or more regions evenly top to bottom</source>
      <translation>将三个或更多区域从上到下等距排列</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="26" />
      <source>Speaker plus strip</source>
      <translation>主讲人加小窗条</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/arrange.py" line="128" />
      <source>Templates</source>
      <translation>模板</translation>
    </message>
  </context>
  <context>
    <name>CanvasView</name>
    <message>
      <location filename="gui/mixframe/ui/canvas/view.py" line="126" />
      <source>Actual Size (100 %)</source>
      <translation>实际大小 (100 %)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/canvas/view.py" line="313" />
      <source>Crop</source>
      <translation>裁剪</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/canvas/view.py" line="125" />
      <source>Fit Canvas</source>
      <translation>适应画布</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/canvas/view.py" line="298" />
      <location filename="gui/mixframe/ui/canvas/view.py" line="360" />
      <source>Move</source>
      <translation>移动</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/canvas/view.py" line="106" />
      <source>No streams yet.
Add the streams to record in the Streams panel,
then drag their pictures into place or pick a template.</source>
      <translation>还没有流。
请在“流”面板中添加要录制的流，
然后把画面拖到合适的位置，或选择一个模板。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/canvas/view.py" line="395" />
      <source>Nudge</source>
      <translation>微移</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/canvas/view.py" line="306" />
      <source>Resize</source>
      <translation>调整大小</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/canvas/view.py" line="123" />
      <source>Zoom In</source>
      <translation>放大</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/canvas/view.py" line="124" />
      <source>Zoom Out</source>
      <translation>缩小</translation>
    </message>
  </context>
  <context>
    <name>Choices</name>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="32" />
      <source>16 kHz</source>
      <translation>16 kHz</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="33" />
      <source>32 kHz</source>
      <translation>32 kHz</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="34" />
      <source>44.1 kHz</source>
      <translation>44.1 kHz</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="35" />
      <source>48 kHz</source>
      <translation>48 kHz</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="28" />
      <source>AAC</source>
      <translation>AAC</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="29" />
      <source>AAC-LC</source>
      <translation>AAC-LC</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="38" />
      <source>Adaptive</source>
      <translation>自适应布局</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="61" />
      <source>Alibaba Cloud OSS</source>
      <translation>阿里云 OSS</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="60" />
      <source>Amazon S3</source>
      <translation>Amazon S3</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="58" />
      <source>Archive</source>
      <translation>归档存储</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="46" />
      <source>Audio and video</source>
      <translation>音视频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="47" />
      <source>Audio only</source>
      <translation>纯音频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="51" />
      <source>Audio only (not supported yet)</source>
      <translation>纯音频（暂不支持）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="53" />
      <source>Black frame</source>
      <translation>补黑帧</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="27" />
      <source>ByteVC1</source>
      <translation>ByteVC1</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="43" />
      <source>Crop to fill</source>
      <translation>裁剪铺满</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="40" />
      <source>Custom</source>
      <translation>自定义布局</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="44" />
      <source>Fit with bars</source>
      <translation>完整显示（加黑边）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="69" />
      <source>Floating</source>
      <translation>悬浮布局</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="26" />
      <source>H.264</source>
      <translation>H.264</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="30" />
      <source>HE-AAC v1</source>
      <translation>HE-AAC v1</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="31" />
      <source>HE-AAC v2</source>
      <translation>HE-AAC v2</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="70" />
      <source>High stream</source>
      <translation>大流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="62" />
      <source>Huawei Cloud OBS</source>
      <translation>华为云 OBS</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="59" />
      <source>Infrequent access</source>
      <translation>低频存储</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="50" />
      <source>Keep image aspect</source>
      <translation>保持图片原有比例</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="71" />
      <source>Low stream</source>
      <translation>小流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="22" />
      <source>Mixed</source>
      <translation>合流录制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="36" />
      <source>Mono</source>
      <translation>单声道</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="24" />
      <source>Normal (camera)</source>
      <translation>普通流（摄像头）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="74" />
      <source>Off</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="73" />
      <source>On</source>
      <translation>开启</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="67" />
      <source>One MP4 (limited players)</source>
      <translation>合成 MP4（兼容有限）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="68" />
      <source>One MP4 (most players)</source>
      <translation>合成 MP4（通用）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="64" />
      <source>Qiniu Kodo</source>
      <translation>七牛云 Kodo</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="52" />
      <source>Repeat last frame</source>
      <translation>补最后一帧</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="56" />
      <source>S3-compatible</source>
      <translation>第三方存储（兼容 S3）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="49" />
      <source>Scale like the video</source>
      <translation>按视频比例缩放</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="25" />
      <source>Screen</source>
      <translation>屏幕流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="66" />
      <source>Separate audio and video</source>
      <translation>音视频分开</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="41" />
      <source>Side by side</source>
      <translation>并排布局</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="23" />
      <source>Single stream</source>
      <translation>单流录制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="57" />
      <source>Standard</source>
      <translation>标准存储</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="37" />
      <source>Stereo</source>
      <translation>双声道</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="42" />
      <source>Stretch</source>
      <translation>拉伸</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="45" />
      <source>Stretch (recommended)</source>
      <translation>拉伸（推荐）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="54" />
      <source>TOS</source>
      <translation>对象存储 TOS</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="63" />
      <source>Tencent Cloud COS</source>
      <translation>腾讯云 COS</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="55" />
      <source>VOD</source>
      <translation>视频点播 VOD</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="39" />
      <source>Vertical</source>
      <translation>垂直布局</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="48" />
      <source>Video only</source>
      <translation>纯视频</translation>
    </message>
  </context>
  <context>
    <name>Compositor</name>
    <message>
      <location filename="gui/mixframe/render/compositor.py" line="427" />
      <source>background image</source>
      <translation>背景图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/compositor.py" line="69" />
      <source>camera</source>
      <translation>摄像头</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/compositor.py" line="232" />
      <source>no stream</source>
      <translation>无流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/compositor.py" line="69" />
      <source>screen</source>
      <translation>屏幕</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/compositor.py" line="74" />
      <source>{user} ({kind})</source>
      <translation>{user}（{kind}）</translation>
    </message>
  </context>
  <context>
    <name>Inspector</name>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="226" />
      <source>Appearance</source>
      <translation>外观</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="110" />
      <source>Background</source>
      <translation>背景色</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="399" />
      <source>Background colour</source>
      <translation>背景颜色</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="111" />
      <source>Background image URL</source>
      <translation>背景图片 URL</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="239" />
      <source>Canvas</source>
      <translation>画布</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="377" />
      <source>Change {field}</source>
      <translation>修改{field}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="258" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="102" />
      <source>Corner radius</source>
      <translation>圆角半径</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="104" />
      <source>Crop X</source>
      <translation>裁剪 X</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="105" />
      <source>Crop Y</source>
      <translation>裁剪 Y</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="107" />
      <source>Crop height</source>
      <translation>裁剪高度</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="106" />
      <source>Crop width</source>
      <translation>裁剪宽度</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="98" />
      <source>Height</source>
      <translation>高度</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="103" />
      <source>Media</source>
      <translation>媒体类型</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="338" />
      <source>No region selected. Select a region on the canvas or in the layer list.</source>
      <translation>未选中区域。请在画布或图层列表中选择一个区域。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="100" />
      <source>Opacity</source>
      <translation>不透明度</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="260" />
      <source>Pick the background colour</source>
      <translation>选择背景颜色</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="108" />
      <source>Placeholder URL</source>
      <translation>补位图片 URL</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="109" />
      <source>Placeholder fit</source>
      <translation>补位图片缩放</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="228" />
      <source>Placeholder image</source>
      <translation>补位图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="225" />
      <source>Position and size</source>
      <translation>位置和尺寸</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="340" />
      <source>Region of stream {index}</source>
      <translation>流 {index} 的区域</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="101" />
      <source>Render mode</source>
      <translation>渲染模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="227" />
      <source>Source crop</source>
      <translation>源裁剪</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="97" />
      <source>Width</source>
      <translation>宽度</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="95" />
      <source>X</source>
      <translation>X</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="96" />
      <source>Y</source>
      <translation>Y</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="99" />
      <source>Z order</source>
      <translation>图层顺序</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="342" />
      <source>{count} regions selected; fields that differ show “—”</source>
      <translation>已选中 {count} 个区域；取值不同的字段显示为“—”</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="189" />
      <source>{path}, allowed {range}</source>
      <translation>{path}，允许范围 {range}</translation>
    </message>
  </context>
  <context>
    <name>LayerList</name>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="104" />
      <source>Back</source>
      <translation>底层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="102" />
      <source>Bring forward</source>
      <translation>上移一层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="101" />
      <source>Bring to front</source>
      <translation>置于顶层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="103" />
      <source>Down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="101" />
      <source>Front</source>
      <translation>顶层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="162" />
      <source>Hidden: click to show</source>
      <translation>已隐藏：点击显示</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="161" />
      <source>Lock (only in the editor)</source>
      <translation>锁定（仅在编辑器中）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="161" />
      <source>Locked: click to unlock</source>
      <translation>已锁定：点击解锁</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="103" />
      <source>Send backward</source>
      <translation>下移一层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="104" />
      <source>Send to back</source>
      <translation>置于底层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="102" />
      <source>Up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="162" />
      <source>Visible: click to hide (only in the editor)</source>
      <translation>可见：点击隐藏（仅在编辑器中）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="156" />
      <source>camera</source>
      <translation>摄像头</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="156" />
      <source>screen</source>
      <translation>屏幕</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="158" />
      <source>{kind} · Z {z}</source>
      <translation>{kind} · 层 {z}</translation>
    </message>
  </context>
  <context>
    <name>LayoutDocument</name>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="336" />
      <location filename="gui/mixframe/ui/document.py" line="389" />
      <source>A recording can target at most {n} streams (TargetStreams.StreamList).</source>
      <translation>一次录制最多可指定 {n} 路流（TargetStreams.StreamList）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="350" />
      <source>Add stream {name}</source>
      <translation>添加流 {name}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="523" />
      <source>Align</source>
      <translation>对齐</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="432" />
      <source>Apply template {name}</source>
      <translation>应用模板 {name}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="473" />
      <source>Bring to front</source>
      <translation>置于顶层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="330" />
      <source>Change canvas</source>
      <translation>修改画布</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="447" />
      <source>Change grid</source>
      <translation>修改网格</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="380" />
      <source>Change stream</source>
      <translation>修改流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="548" />
      <source>Distribute</source>
      <translation>等距分布</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="410" />
      <source>Duplicate</source>
      <translation>创建副本</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="642" />
      <source>Each stream needs its own Index.</source>
      <translation>每路流都需要唯一的 Index。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="439" />
      <source>Hide</source>
      <translation>隐藏</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="436" />
      <source>Lock</source>
      <translation>锁定</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="468" />
      <source>Lower</source>
      <translation>下移一层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="486" />
      <source>Move layer</source>
      <translation>移动图层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="560" />
      <source>Paste transform</source>
      <translation>粘贴变换</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="460" />
      <source>Raise</source>
      <translation>上移一层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="362" />
      <source>Remove stream</source>
      <translation>移除流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="362" />
      <source>Remove {n} streams</source>
      <translation>移除 {n} 路流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="478" />
      <source>Send to back</source>
      <translation>置于底层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="442" />
      <source>Set placeholder image</source>
      <translation>设置占位图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="439" />
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="340" />
      <location filename="gui/mixframe/ui/document.py" line="372" />
      <source>Stream index {i} is already used; each stream needs its own Index.</source>
      <translation>流 Index {i} 已被使用；每路流都需要唯一的 Index。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="450" />
      <source>Toggle snapping</source>
      <translation>切换吸附</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="436" />
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="653" />
      <source>a second region for stream {i} was dropped.</source>
      <translation>流 {i} 的第二个区域已被丢弃。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="600" />
      <source>index {i} is used by another stream; each stream needs its own Index.</source>
      <translation>Index {i} 已被另一路流使用；每路流都需要唯一的 Index。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="658" />
      <source>moved inside the documented limits.</source>
      <translation>已移入文档规定的范围内。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="648" />
      <source>no stream in TargetStreams.StreamList has Index {i}; the region was dropped.</source>
      <translation>TargetStreams.StreamList 中没有 Index 为 {i} 的流；该区域已被丢弃。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="431" />
      <source>template</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="605" />
      <source>{n} streams given, at most {m} can be recorded.</source>
      <translation>给出了 {n} 路流，最多只能录制 {m} 路。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="227" />
      <source>&amp;Actual size (100 %)</source>
      <translation>实际大小 (100 %)(&amp;A)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="279" />
      <source>&amp;Arrange</source>
      <translation>排列(&amp;A)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="205" />
      <source>&amp;Delete preset…</source>
      <translation>删除预设(&amp;D)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="256" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="207" />
      <source>&amp;Export preset…</source>
      <translation>导出预设(&amp;E)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="223" />
      <source>&amp;Export request JSON…</source>
      <translation>导出请求 JSON(&amp;E)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="245" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="206" />
      <source>&amp;Import preset…</source>
      <translation>导入预设(&amp;I)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="197" />
      <source>&amp;New</source>
      <translation>新建(&amp;N)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="198" />
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="201" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="213" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="275" />
      <source>&amp;Request</source>
      <translation>请求(&amp;R)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="199" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="231" />
      <source>&amp;Snapping</source>
      <translation>吸附(&amp;S)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="209" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="263" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="72" />
      <location filename="gui/mixframe/ui/main_window.py" line="78" />
      <source>Adaptive</source>
      <translation>自适应</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="665" />
      <source>Cannot delete</source>
      <translation>无法删除</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="517" />
      <location filename="gui/mixframe/ui/main_window.py" line="701" />
      <source>Cannot export</source>
      <translation>无法导出</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="685" />
      <source>Cannot import</source>
      <translation>无法导入</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="715" />
      <location filename="gui/mixframe/ui/main_window.py" line="748" />
      <source>Cannot open the file</source>
      <translation>无法打开文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="645" />
      <source>Cannot rename</source>
      <translation>无法重命名</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="796" />
      <source>Cannot save</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="507" />
      <source>Copied the request as a curl command (secrets masked).</source>
      <translation>已将请求复制为 curl 命令（密钥已脱敏）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="221" />
      <source>Copy as &amp;curl</source>
      <translation>复制为 curl 命令(&amp;C)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="222" />
      <source>Copy the request as a curl command (keys and secrets masked)</source>
      <translation>将请求复制为 curl 命令（AccessKey、SecretKey 等密钥已脱敏）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="655" />
      <location filename="gui/mixframe/ui/main_window.py" line="658" />
      <source>Delete preset</source>
      <translation>删除预设</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="659" />
      <source>Delete the preset file “{name}”? The layout stays open, unsaved.</source>
      <translation>要删除预设文件“{name}”吗？布局仍保持打开，但变为未保存状态。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="693" />
      <source>Export preset</source>
      <translation>导出预设</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="511" />
      <source>Export request JSON</source>
      <translation>导出请求 JSON</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="520" />
      <source>Exported the request to {path} (secrets masked)</source>
      <translation>已将请求导出到 {path}（密钥已脱敏）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="703" />
      <source>Exported to {path}</source>
      <translation>已导出到 {path}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="72" />
      <source>Floating</source>
      <translation>悬浮</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="678" />
      <source>Import preset</source>
      <translation>导入预设</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="687" />
      <source>Imported into your presets as {name}</source>
      <translation>已导入到你的预设中，名为 {name}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="126" />
      <source>Inspector</source>
      <translation>属性</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="312" />
      <source>Lay out all streams by a template</source>
      <translation>按模板排布所有流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="127" />
      <source>Layers</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="293" />
      <source>Main toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="59" />
      <source>Mixframe presets and request bodies (*.json);;All files (*)</source>
      <translation>Mixframe 预设和请求体 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="202" />
      <source>New from &amp;template…</source>
      <translation>从模板新建(&amp;T)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="639" />
      <source>New name:</source>
      <translation>新名称：</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="738" />
      <source>No recent files</source>
      <translation>没有最近的文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="563" />
      <source>No selection</source>
      <translation>未选中</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="249" />
      <source>Open &amp;Recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="709" />
      <source>Open preset or request</source>
      <translation>打开预设或请求</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="267" />
      <source>Panels</source>
      <translation>面板</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="544" />
      <source>Preview of the automatic layout “{mode}”: the service places the pictures, so there is nothing to move here.</source>
      <translation>自动布局“{mode}”的预览：画面由服务端排布，这里无需移动。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="138" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="204" />
      <source>Re&amp;name preset…</source>
      <translation>重命名预设(&amp;N)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="637" />
      <location filename="gui/mixframe/ui/main_window.py" line="639" />
      <source>Rename preset</source>
      <translation>重命名预设</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="139" />
      <source>Request</source>
      <translation>请求</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="200" />
      <source>Save &amp;As…</source>
      <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="782" />
      <source>Save preset</source>
      <translation>保存预设</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="637" />
      <source>Save the preset first; then it can be renamed.</source>
      <translation>请先保存预设，然后才能重命名。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="803" />
      <source>Saved {path}</source>
      <translation>已保存 {path}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="130" />
      <source>Settings</source>
      <translation>录制设置</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="230" />
      <source>Show &amp;grid</source>
      <translation>显示网格(&amp;G)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="225" />
      <source>Show &amp;problems</source>
      <translation>显示问题(&amp;P)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="78" />
      <source>Side by side</source>
      <translation>并排</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="128" />
      <source>Streams</source>
      <translation>流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="572" />
      <source>Streams {count} / {limit}</source>
      <translation>流 {count} / {limit}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="311" />
      <source>Templates</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="655" />
      <source>This document is not saved as a preset file.</source>
      <translation>此文档尚未保存为预设文件。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="813" />
      <source>Unsaved changes</source>
      <translation>未保存的更改</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="553" />
      <source>Untitled</source>
      <translation>未命名</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="72" />
      <location filename="gui/mixframe/ui/main_window.py" line="78" />
      <source>Vertical</source>
      <translation>垂直</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="224" />
      <source>Write the request body to a file (secrets masked)</source>
      <translation>将请求体写入文件（密钥已脱敏）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="228" />
      <source>Zoom &amp;in</source>
      <translation>放大(&amp;I)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="229" />
      <source>Zoom &amp;out</source>
      <translation>缩小(&amp;O)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="226" />
      <source>Zoom to &amp;fit</source>
      <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="574" />
      <source>Zoom {percent} %</source>
      <translation>缩放 {percent} %</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="577" />
      <source>x {x}, y {y}</source>
      <translation>x {x}, y {y}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="341" />
      <source>x —, y —</source>
      <translation>x —, y —</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="570" />
      <source>{count} selected · {w} × {h} px</source>
      <translation>已选中 {count} 个 · {w} × {h} 像素</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="517" />
      <source>{name} could not be written: {reason}.</source>
      <translation>无法写入 {name}：{reason}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="814" />
      <source>“{name}” has changes that are not saved. Save them first?</source>
      <translation>“{name}”有未保存的更改。要先保存吗？</translation>
    </message>
  </context>
  <context>
    <name>NewFromTemplate</name>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="43" />
      <source>Full HD landscape</source>
      <translation>全高清横屏</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="45" />
      <source>Full HD portrait</source>
      <translation>全高清竖屏</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="44" />
      <source>HD landscape</source>
      <translation>高清横屏</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="70" />
      <source>New from template</source>
      <translation>从模板新建</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="92" />
      <location filename="gui/mixframe/ui/new_from_template.py" line="94" />
      <source>Output size</source>
      <translation>输出尺寸</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="93" />
      <location filename="gui/mixframe/ui/new_from_template.py" line="94" />
      <source>Streams</source>
      <translation>流数量</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="74" />
      <location filename="gui/mixframe/ui/new_from_template.py" line="81" />
      <source>Template</source>
      <translation>模板</translation>
    </message>
  </context>
  <context>
    <name>ProblemsList</name>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="40" />
      <source>, </source>
      <translation>，</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="37" />
      <source>1 error</source>
      <translation>1 个错误</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="39" />
      <source>1 warning</source>
      <translation>1 个警告</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="82" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="40" />
      <source>No problems</source>
      <translation>没有问题</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="109" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="82" />
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="83" />
      <source>{kind}: {problem}</source>
      <translation>{kind}：{problem}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="37" />
      <source>{n} errors</source>
      <translation>{n} 个错误</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="39" />
      <source>{n} warnings</source>
      <translation>{n} 个警告</translation>
    </message>
  </context>
  <context>
    <name>RequestDocument</name>
    <message>
      <location filename="gui/mixframe/ui/request_document.py" line="154" />
      <source>Change layout mode</source>
      <translation>修改布局模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/request_document.py" line="150" />
      <source>Change {field}</source>
      <translation>修改 {field}</translation>
    </message>
  </context>
  <context>
    <name>RequestForms</name>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="266" />
      <source>0 (adaptive)</source>
      <translation>0（自适应码率）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="257" />
      <source>0 (no limit)</source>
      <translation>0（不限制）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="81" />
      <source>A custom layout records at its canvas size (Canvas width and height in the inspector).</source>
      <translation>自定义布局按画布尺寸录制（在“属性”面板中设置画布的宽度和高度）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="345" />
      <source>Access key</source>
      <translation>AccessKey</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="335" />
      <source>Account ID</source>
      <translation>账号 ID</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="380" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="573" />
      <source>Add an excluded stream</source>
      <translation>添加黑名单流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="513" />
      <source>Add stream</source>
      <translation>添加流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="156" />
      <source>Allowed: {range}</source>
      <translation>取值范围：{range}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="115" />
      <source>Applies only when audio and video are both recorded.</source>
      <translation>仅在同时录制音频和视频时生效。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="109" />
      <source>Applies to mixed recording (is_mixing_enabled 1) only.</source>
      <translation>仅对合流录制（is_mixing_enabled 为 1）生效。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="83" />
      <source>Applies to single-stream recording (RecordMode 1) only.</source>
      <translation>仅对单流录制（RecordMode 为 1）生效。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="269" />
      <source>Audio</source>
      <translation>音频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="364" />
      <source>Audio and video files</source>
      <translation>文件混合模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="362" />
      <source>Audio only</source>
      <translation>仅录制音频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="111" />
      <source>Audio only is on: a recording cannot be both audio only and video only.</source>
      <translation>已开启“仅录制音频”：不能同时仅录制音频又仅录制视频。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="266" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="272" />
      <source>Bitrate (kbps)</source>
      <translation>码率（kbps）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="342" />
      <source>Bucket</source>
      <translation>存储桶</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="247" />
      <source>Camera streams in the room that are not recorded. The recorded streams are in the Streams panel.</source>
      <translation>房间内不录制的普通音视频流（摄像头）。要录制的流在“流”面板中。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="383" />
      <source>Change layout mode</source>
      <translation>修改布局模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="117" />
      <source>Change {field}</source>
      <translation>修改{field}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="274" />
      <source>Channels</source>
      <translation>声道数</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="401" />
      <source>Choose a stream…</source>
      <translation>选择一路流…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="409" />
      <source>Choose the main picture</source>
      <translation>选择主画面</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="267" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="270" />
      <source>Codec</source>
      <translation>编码协议</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="252" />
      <source>Control</source>
      <translation>高级配置</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="161" />
      <source>Default: {value}</source>
      <translation>默认值：{value}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="261" />
      <source>Encode</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="311" />
      <source>Example</source>
      <translation>示例</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="305" />
      <source>Example file name</source>
      <translation>示例文件名</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="245" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="246" />
      <source>Excluded streams</source>
      <translation>黑名单（不录制的流）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="277" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="282" />
      <source>File name</source>
      <translation>文件名</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="254" />
      <source>Fill gaps with</source>
      <translation>补帧模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="236" />
      <source>Fill in the main picture from one of the recorded streams</source>
      <translation>从录制的流中选一路作为主画面</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="283" />
      <source>Folders</source>
      <translation>前缀（文件夹）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="278" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="279" />
      <source>Formats</source>
      <translation>文件格式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="265" />
      <source>Frame rate (fps)</source>
      <translation>帧率（fps）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="238" />
      <source>From streams</source>
      <translation>从流中选择</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="85" />
      <source>Has no effect in the automatic layouts; it applies to the custom layout and to single-stream recording.</source>
      <translation>在自动布局下不生效；仅对自定义布局和单流录制生效。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="264" />
      <source>Height (px)</source>
      <translation>高度（像素）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="256" />
      <source>Idle timeout (s)</source>
      <translation>空闲超时（秒）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="553" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="243" />
      <source>Index</source>
      <translation>Index</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="378" />
      <source>Insert {variable}</source>
      <translation>插入 {variable}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="295" />
      <source>Insert {variable} at the cursor</source>
      <translation>在光标处插入 {variable}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="268" />
      <source>Keyframe interval (s)</source>
      <translation>关键帧间隔（秒）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="230" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="357" />
      <source>Layout</source>
      <translation>布局模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="99" />
      <source>MP3, AAC and M4A files are made only when audio alone is recorded.</source>
      <translation>只有在仅录制音频时才会生成 MP3、AAC 和 M4A 文件。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="232" />
      <source>Main picture (vertical layout)</source>
      <translation>主画面（垂直布局）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="257" />
      <source>Max duration (s)</source>
      <translation>最大录制时长（秒）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="255" />
      <source>Max interruption (s)</source>
      <translation>最大中断时间（秒）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="361" />
      <source>Media</source>
      <translation>媒体</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="228" />
      <source>Mode</source>
      <translation>模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="158" />
      <source>Must be an even number.</source>
      <translation>必须是偶数。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="401" />
      <source>No streams yet</source>
      <translation>还没有流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="510" />
      <source>None excluded.</source>
      <translation>黑名单为空。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="469" />
      <source>Not set: the service records {formats}.</source>
      <translation>未设置：服务端默认录制为 {formats}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="62" />
      <source>Only audio is recorded (audio-only subscription, or every region mixes audio only), so there is no video to encode.</source>
      <translation>只录制音频（订阅纯音频，或所有区域都只混入音频），没有需要编码的视频。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="74" />
      <source>Only the vertical layout (LayoutMode 1) has a main picture.</source>
      <translation>只有垂直布局（LayoutMode 为 1）才有主画面。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="285" />
      <source>Pattern</source>
      <translation>文件名模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="235" />
      <source>Pick from the streams</source>
      <translation>从流中选择</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="425" />
      <source>Prefix + Pattern + 8 random characters, cut at {length} characters with ~.</source>
      <translation>前缀 + 文件名模式 + 8 位随机字符，超过 {length} 个字符时截断并以 ~ 标记。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="271" />
      <source>Profile</source>
      <translation>规格</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="365" />
      <source>Project</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="366" />
      <source>Project ID</source>
      <translation>项目 ID</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="369" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="370" />
      <source>Project key</source>
      <translation>项目密钥</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="229" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="356" />
      <source>Record mode</source>
      <translation>录制模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="227" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="354" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="355" />
      <source>Recording</source>
      <translation>录制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="336" />
      <source>Region code</source>
      <translation>地域代码</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="382" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="582" />
      <source>Remove an excluded stream</source>
      <translation>移除黑名单流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="557" />
      <location filename="gui/mixframe/ui/forms/editors.py" line="558" />
      <source>Remove this stream</source>
      <translation>移除这路流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="427" />
      <source>Sample ids, start time and duration.</source>
      <translation>示例中的 ID、开始时间和时长均为样例。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="273" />
      <source>Sample rate</source>
      <translation>采样率</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="345" />
      <source>Secret key</source>
      <translation>SecretKey</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="340" />
      <source>Set file extension</source>
      <translation>自动设置扩展名</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="65" />
      <source>Single-stream recording (RecordMode 1) has no layout: this applies to mixed recording only.</source>
      <translation>单流录制（RecordMode 为 1）没有布局：此项仅对合流录制生效。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="70" />
      <source>Single-stream recording keeps each stream's own resolution.</source>
      <translation>单流录制保持每路流的原始分辨率。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="338" />
      <source>Space</source>
      <translation>点播空间</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="318" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="319" />
      <source>Storage</source>
      <translation>存储</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="339" />
      <source>Storage class</source>
      <translation>存储类型</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="320" />
      <source>Store in</source>
      <translation>存储平台</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="253" />
      <source>Subscribe to</source>
      <translation>订阅流类型</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="77" />
      <source>The adaptive layout ignores the output size: it applies to the vertical and side-by-side layouts.</source>
      <translation>自适应布局会忽略输出尺寸：此项仅对垂直布局和并排布局生效。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="359" />
      <source>The output resolution and audio profile of a mixed recording are set per app in QingCloud's console.</source>
      <translation>合流录制的输出分辨率和音频属性需在青云控制台中按应用设置。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="552" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="242" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="258" />
      <source>Upload while recording</source>
      <translation>边录制边上传</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="88" />
      <source>Uploading while recording works only for HLS files: add HLS to the file formats.</source>
      <translation>边录制边上传仅对 HLS 文件有效：请在文件格式中添加 HLS。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="305" />
      <source>Use the default</source>
      <translation>使用默认值</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="550" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="239" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="551" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="239" />
      <source>UserId</source>
      <translation>UserId</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="91" />
      <source>VOD storage ignores the prefix.</source>
      <translation>视频点播 VOD 存储会忽略前缀。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="423" />
      <source>VOD: Pattern + 8 random characters; the prefix is ignored.</source>
      <translation>VOD：文件名模式 + 8 位随机字符；前缀会被忽略。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="333" />
      <source>Vendor</source>
      <translation>第三方平台</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="262" />
      <source>Video</source>
      <translation>视频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="363" />
      <source>Video only</source>
      <translation>仅录制视频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/applies.py" line="113" />
      <source>Video only is on: a recording cannot be both audio only and video only.</source>
      <translation>已开启“仅录制视频”：不能同时仅录制音频又仅录制视频。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="358" />
      <source>Video stream</source>
      <translation>视频流类型</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="263" />
      <source>Width (px)</source>
      <translation>宽度（像素）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="272" />
      <source>automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="346" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="367" />
      <source>kept in the account's keyring (Accounts…)</source>
      <translation>保存在系统密钥环中（账号…）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="261" />
      <location filename="gui/mixframe/ui/forms/editors.py" line="308" />
      <source>not set</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="308" />
      <source>{value} (default)</source>
      <translation>{value}（默认）</translation>
    </message>
  </context>
  <context>
    <name>RequestPreview</name>
    <message>
      <location filename="gui/mixframe/ui/request_preview.py" line="141" />
      <source>Not sendable yet: {problem} (and {n} more). Showing the request as written, secrets masked.</source>
      <translation>暂不可发送：{problem}（另有 {n} 个问题）。下面是当前填写的请求，密钥已脱敏。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/request_preview.py" line="140" />
      <source>Not sendable yet: {problem}. Showing the request as written, secrets masked.</source>
      <translation>暂不可发送：{problem}。下面是当前填写的请求，密钥已脱敏。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/request_preview.py" line="43" />
      <source>Request body</source>
      <translation>请求体</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/request_preview.py" line="137" />
      <source>The body that would be sent. Secrets are masked.</source>
      <translation>将要发送的请求体，密钥已脱敏。</translation>
    </message>
  </context>
  <context>
    <name>StreamsPanel</name>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="242" />
      <source>A UserId may use only letters, digits and _ @ - . and is 1 to 128 characters long.</source>
      <translation>UserId 只能包含字母、数字和 _ @ - .，长度为 1 到 128 个字符。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="182" />
      <source>A recording can mix at most {limit} streams; remove one to add another.</source>
      <translation>一次录制最多可混合 {limit} 路流；请先移除一路再添加。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="80" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="180" />
      <source>Add a stream to record</source>
      <translation>添加一路要录制的流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="245" />
      <source>Another stream already uses Index {index}.</source>
      <translation>另一路流已在使用 Index {index}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="42" />
      <source>Camera</source>
      <translation>摄像头</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="128" />
      <source>Choose image…</source>
      <translation>选择图片…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="132" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="93" />
      <source>Image</source>
      <translation>图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="263" />
      <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
      <translation>图片 (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="126" />
      <location filename="gui/mixframe/ui/streams.py" line="93" />
      <source>Index</source>
      <translation>Index</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="111" />
      <source>Letters, digits and _ @ - . only</source>
      <translation>仅限字母、数字和 _ @ - .</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="137" />
      <source>Placeholder</source>
      <translation>占位图</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="263" />
      <source>Placeholder image</source>
      <translation>占位图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="83" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="85" />
      <source>Remove the selected stream and its region</source>
      <translation>移除选中的流及其区域</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="42" />
      <source>Screen</source>
      <translation>屏幕</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="130" />
      <source>Show a local picture in this stream's region (only in the editor)</source>
      <translation>在此流的区域中显示本地图片（仅在编辑器中）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="176" />
      <source>Streams: {count} / {limit}</source>
      <translation>流：{count} / {limit}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="248" />
      <source>This user's {type} stream is already in the list.</source>
      <translation>该用户的{type}流已在列表中。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="119" />
      <location filename="gui/mixframe/ui/streams.py" line="93" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="113" />
      <location filename="gui/mixframe/ui/streams.py" line="93" />
      <source>UserId</source>
      <translation>UserId</translation>
    </message>
  </context>
  <context>
    <name>Unexpected</name>
    <message>
      <location filename="gui/mixframe/ui/unexpected.py" line="52" />
      <source>Mixframe hit an unexpected error in the last action. Your document is still open; save it under a new name to be safe.</source>
      <translation>Mixframe 在上一步操作中遇到意外错误。你的文档仍然打开着；为安全起见，请另存为一个新名称。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/unexpected.py" line="51" />
      <source>Something went wrong</source>
      <translation>出错了</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/unexpected.py" line="48" />
      <source>The details were written to {path}.</source>
      <translation>详细信息已写入 {path}。</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="gui/mixframe/ui/app.py" line="48" />
      <source>Cannot open the file</source>
      <translation>无法打开文件</translation>
    </message>
  </context>
</TS>
