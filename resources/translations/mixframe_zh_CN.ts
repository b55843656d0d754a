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
    <name>Compositor</name>
    <message>
      <location filename="gui/mixframe/render/compositor.py" line="416" />
      <source>background image</source>
      <translation>背景图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/compositor.py" line="69" />
      <source>camera</source>
      <translation>摄像头</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/compositor.py" line="223" />
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
      <location filename="gui/mixframe/ui/inspector.py" line="243" />
      <source>Appearance</source>
      <translation>外观</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="56" />
      <source>Audio and video</source>
      <translation>音视频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="57" />
      <source>Audio only</source>
      <translation>纯音频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="128" />
      <source>Background</source>
      <translation>背景色</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="414" />
      <source>Background colour</source>
      <translation>背景颜色</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="129" />
      <source>Background image URL</source>
      <translation>背景图片 URL</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="256" />
      <source>Canvas</source>
      <translation>画布</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="392" />
      <source>Change {field}</source>
      <translation>修改{field}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="275" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="120" />
      <source>Corner radius</source>
      <translation>圆角半径</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="122" />
      <source>Crop X</source>
      <translation>裁剪 X</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="123" />
      <source>Crop Y</source>
      <translation>裁剪 Y</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="125" />
      <source>Crop height</source>
      <translation>裁剪高度</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="124" />
      <source>Crop width</source>
      <translation>裁剪宽度</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="51" />
      <source>Fill (crop to fit)</source>
      <translation>填充（裁剪铺满）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="52" />
      <source>Fit (show all, pad)</source>
      <translation>适应（完整显示，留边）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="116" />
      <source>Height</source>
      <translation>高度</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="62" />
      <source>Keep the image's aspect</source>
      <translation>保持图片原有比例</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="121" />
      <source>Media</source>
      <translation>媒体类型</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="353" />
      <source>No region selected. Select a region on the canvas or in the layer list.</source>
      <translation>未选中区域。请在画布或图层列表中选择一个区域。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="118" />
      <source>Opacity</source>
      <translation>不透明度</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="277" />
      <source>Pick the background colour</source>
      <translation>选择背景颜色</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="126" />
      <source>Placeholder URL</source>
      <translation>补位图片 URL</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="127" />
      <source>Placeholder fit</source>
      <translation>补位图片缩放</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="245" />
      <source>Placeholder image</source>
      <translation>补位图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="242" />
      <source>Position and size</source>
      <translation>位置和尺寸</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="355" />
      <source>Region of stream {index}</source>
      <translation>流 {index} 的区域</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="119" />
      <source>Render mode</source>
      <translation>渲染模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="61" />
      <source>Scale to the video's aspect</source>
      <translation>按视频比例缩放</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="244" />
      <source>Source crop</source>
      <translation>源裁剪</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="50" />
      <source>Stretch</source>
      <translation>拉伸</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="53" />
      <source>Stretch (recommended)</source>
      <translation>拉伸（推荐）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="58" />
      <source>Video only</source>
      <translation>纯视频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="115" />
      <source>Width</source>
      <translation>宽度</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="113" />
      <source>X</source>
      <translation>X</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="114" />
      <source>Y</source>
      <translation>Y</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="117" />
      <source>Z order</source>
      <translation>图层顺序</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="357" />
      <source>{count} regions selected; fields that differ show “—”</source>
      <translation>已选中 {count} 个区域；取值不同的字段显示为“—”</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="206" />
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
      <location filename="gui/mixframe/ui/document.py" line="338" />
      <location filename="gui/mixframe/ui/document.py" line="391" />
      <source>A recording can target at most {n} streams (TargetStreams.StreamList).</source>
      <translation>一次录制最多可指定 {n} 路流（TargetStreams.StreamList）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="352" />
      <source>Add stream {name}</source>
      <translation>添加流 {name}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="525" />
      <source>Align</source>
      <translation>对齐</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="434" />
      <source>Apply template {name}</source>
      <translation>应用模板 {name}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="475" />
      <source>Bring to front</source>
      <translation>置于顶层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="331" />
      <source>Change canvas</source>
      <translation>修改画布</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="449" />
      <source>Change grid</source>
      <translation>修改网格</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="382" />
      <source>Change stream</source>
      <translation>修改流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="550" />
      <source>Distribute</source>
      <translation>等距分布</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="412" />
      <source>Duplicate</source>
      <translation>创建副本</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="649" />
      <source>Each stream needs its own Index.</source>
      <translation>每路流都需要唯一的 Index。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="441" />
      <source>Hide</source>
      <translation>隐藏</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="438" />
      <source>Lock</source>
      <translation>锁定</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="470" />
      <source>Lower</source>
      <translation>下移一层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="488" />
      <source>Move layer</source>
      <translation>移动图层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="562" />
      <source>Paste transform</source>
      <translation>粘贴变换</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="462" />
      <source>Raise</source>
      <translation>上移一层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="364" />
      <source>Remove stream</source>
      <translation>移除流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="364" />
      <source>Remove {n} streams</source>
      <translation>移除 {n} 路流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="480" />
      <source>Send to back</source>
      <translation>置于底层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="444" />
      <source>Set placeholder image</source>
      <translation>设置占位图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="441" />
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="342" />
      <location filename="gui/mixframe/ui/document.py" line="374" />
      <source>Stream index {i} is already used; each stream needs its own Index.</source>
      <translation>流 Index {i} 已被使用；每路流都需要唯一的 Index。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="452" />
      <source>Toggle snapping</source>
      <translation>切换吸附</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="438" />
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="660" />
      <source>a second region for stream {i} was dropped.</source>
      <translation>流 {i} 的第二个区域已被丢弃。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="602" />
      <source>index {i} is used by another stream; each stream needs its own Index.</source>
      <translation>Index {i} 已被另一路流使用；每路流都需要唯一的 Index。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="665" />
      <source>moved inside the documented limits.</source>
      <translation>已移入文档规定的范围内。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="655" />
      <source>no stream in TargetStreams.StreamList has Index {i}; the region was dropped.</source>
      <translation>TargetStreams.StreamList 中没有 Index 为 {i} 的流；该区域已被丢弃。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="433" />
      <source>template</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="608" />
      <source>{n} streams given, at most {m} can be recorded.</source>
      <translation>给出了 {n} 路流，最多只能录制 {m} 路。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="170" />
      <source>&amp;Actual size (100 %)</source>
      <translation>实际大小 (100 %)(&amp;A)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="215" />
      <source>&amp;Arrange</source>
      <translation>排列(&amp;A)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="197" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="188" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="151" />
      <source>&amp;New</source>
      <translation>新建(&amp;N)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="152" />
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="155" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="161" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="153" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="174" />
      <source>&amp;Snapping</source>
      <translation>吸附(&amp;S)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="157" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="204" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="58" />
      <location filename="gui/mixframe/ui/main_window.py" line="64" />
      <source>Adaptive</source>
      <translation>自适应</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="439" />
      <location filename="gui/mixframe/ui/main_window.py" line="472" />
      <source>Cannot open the file</source>
      <translation>无法打开文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="536" />
      <source>Cannot save</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="58" />
      <source>Floating</source>
      <translation>悬浮</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="102" />
      <source>Inspector</source>
      <translation>属性</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="248" />
      <source>Lay out all streams by a template</source>
      <translation>按模板排布所有流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="103" />
      <source>Layers</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="229" />
      <source>Main toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="45" />
      <source>Mixframe presets and request bodies (*.json);;All files (*)</source>
      <translation>Mixframe 预设和请求体 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="462" />
      <source>No recent files</source>
      <translation>没有最近的文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="374" />
      <source>No selection</source>
      <translation>未选中</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="191" />
      <source>Open &amp;Recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="433" />
      <source>Open preset or request</source>
      <translation>打开预设或请求</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="208" />
      <source>Panels</source>
      <translation>面板</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="355" />
      <source>Preview of the automatic layout “{mode}”: the service places the pictures, so there is nothing to move here.</source>
      <translation>自动布局“{mode}”的预览：画面由服务端排布，这里无需移动。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="154" />
      <source>Save &amp;As…</source>
      <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="522" />
      <source>Save preset</source>
      <translation>保存预设</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="543" />
      <source>Saved {path}</source>
      <translation>已保存 {path}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="173" />
      <source>Show &amp;grid</source>
      <translation>显示网格(&amp;G)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="64" />
      <source>Side by side</source>
      <translation>并排</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="104" />
      <source>Streams</source>
      <translation>流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="383" />
      <source>Streams {count} / {limit}</source>
      <translation>流 {count} / {limit}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="247" />
      <source>Templates</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="553" />
      <source>Unsaved changes</source>
      <translation>未保存的更改</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="364" />
      <source>Untitled</source>
      <translation>未命名</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="58" />
      <location filename="gui/mixframe/ui/main_window.py" line="64" />
      <source>Vertical</source>
      <translation>垂直</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="171" />
      <source>Zoom &amp;in</source>
      <translation>放大(&amp;I)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="172" />
      <source>Zoom &amp;out</source>
      <translation>缩小(&amp;O)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="169" />
      <source>Zoom to &amp;fit</source>
      <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="385" />
      <source>Zoom {percent} %</source>
      <translation>缩放 {percent} %</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="388" />
      <source>x {x}, y {y}</source>
      <translation>x {x}, y {y}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="277" />
      <source>x —, y —</source>
      <translation>x —, y —</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="381" />
      <source>{count} selected · {w} × {h} px</source>
      <translation>已选中 {count} 个 · {w} × {h} 像素</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="554" />
      <source>“{name}” has changes that are not saved. Save them first?</source>
      <translation>“{name}”有未保存的更改。要先保存吗？</translation>
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
      <location filename="gui/mixframe/ui/unexpected.py" line="82" />
      <source>Mixframe hit an unexpected error in the last action. Your document is still open; save it under a new name to be safe.</source>
      <translation>Mixframe 在上一步操作中遇到意外错误。你的文档仍然打开着；为安全起见，请另存为一个新名称。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/unexpected.py" line="81" />
      <source>Something went wrong</source>
      <translation>出错了</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/unexpected.py" line="78" />
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
