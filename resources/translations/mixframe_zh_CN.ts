<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Accounts</name>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="90" />
      <source>A profile entry in the settings file is not an object.</source>
      <translation>设置文件中有一条账号配置不是对象。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="332" />
      <source>A profile named {name} already exists.</source>
      <translation>名为 {name} 的账号配置已存在。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="58" />
      <source>A profile needs a name.</source>
      <translation>账号配置需要一个名称。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="213" />
      <source>An account cannot become the sandbox.</source>
      <translation>账号不能变成沙盒。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="164" />
      <location filename="gui/mixframe/store/accounts.py" line="248" />
      <source>An account named {name} already exists.</source>
      <translation>名为 {name} 的账号已存在。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="34" />
      <source>An account needs a name.</source>
      <translation>账号需要一个名称。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="60" />
      <source>Profile {name}: vendor must be one of {vendors}, not {vendor}.</source>
      <translation>账号配置 {name}：vendor 必须是 {vendors} 之一，而不是 {vendor}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="211" />
      <source>The Sandbox account is built in and cannot be changed.</source>
      <translation>沙盒账号是内置的，不能修改。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="304" />
      <source>The Sandbox account is built in and cannot be removed.</source>
      <translation>沙盒账号是内置的，不能删除。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="243" />
      <source>The Sandbox account is built in and cannot be renamed.</source>
      <translation>沙盒账号是内置的，不能重命名。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="354" />
      <source>The Sandbox account needs no keys; its own open only the local emulator.</source>
      <translation>沙盒账号不需要密钥；它自带的密钥只能访问本地模拟服务。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="38" />
      <source>The account name {name} holds a control character.</source>
      <translation>账号名称 {name} 含有控制字符。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="36" />
      <source>The account name {name} starts or ends with a space.</source>
      <translation>账号名称 {name} 以空格开头或结尾。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="319" />
      <source>The account was removed, but its keys could not be removed from the keyring yet ({reason}); Mixframe removes them when the keyring works again.</source>
      <translation>账号已删除，但其密钥暂时无法从密钥环中删除（{reason}）；密钥环恢复可用后 Mixframe 会删除它们。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="257" />
      <source>The account was renamed, but its keys could not be moved in the keyring yet ({reason}); Mixframe moves them when the keyring works again.</source>
      <translation>账号已重命名，但其密钥暂时无法在密钥环中移动（{reason}）；密钥环恢复可用后 Mixframe 会移动它们。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="224" />
      <source>The account was saved, but the keys its new vendor does not use could not be removed from the keyring yet ({reason}); Mixframe removes them when the keyring works again.</source>
      <translation>账号已保存，但新服务商不再使用的密钥暂时无法从密钥环中删除（{reason}）；密钥环恢复可用后 Mixframe 会删除它们。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="172" />
      <source>The keyring has not finished earlier work on the name {name} (is it locked?), so no key was stored.</source>
      <translation>密钥环尚未完成名称 {name} 之前的操作（它是否已锁定？），因此没有存储任何密钥。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="126" />
      <source>The profiles file has no valid version ("version" should be a whole number from 1).</source>
      <translation>账号配置文件没有有效的版本（"version" 应为从 1 开始的整数）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="139" />
      <source>The profiles file uses version {version}, which cannot be upgraded.</source>
      <translation>账号配置文件使用的版本 {version} 无法升级。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="193" />
      <location filename="gui/mixframe/store/profiles.py" line="196" />
      <source>The profiles file {path} cannot be read: {error}.</source>
      <translation>无法读取账号配置文件 {path}：{error}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="224" />
      <source>The profiles file {path} cannot be written: {error}.</source>
      <translation>无法写入账号配置文件 {path}：{error}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="200" />
      <source>The profiles file {path} is not a Mixframe settings file.</source>
      <translation>账号配置文件 {path} 不是 Mixframe 的设置文件。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="157" />
      <source>The sandbox comes with Mixframe; an added account is Volcengine, BytePlus or QingCloud.</source>
      <translation>沙盒随 Mixframe 自带；添加的账号只能是火山引擎、BytePlus 或青云账号。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="304" />
      <source>There is no profile named {name} (profiles: {known}).</source>
      <translation>没有名为 {name} 的账号配置（现有：{known}）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="344" />
      <source>There is no profile named {name}.</source>
      <translation>没有名为 {name} 的账号配置。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="167" />
      <source>another Mixframe is changing it right now</source>
      <translation>另一个 Mixframe 正在修改它</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="154" />
      <source>it is a folder</source>
      <translation>它是一个文件夹</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="156" />
      <source>it is larger than {size} MB</source>
      <translation>它超过 {size} MB</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="159" />
      <source>it is nested too deeply</source>
      <translation>它的嵌套层级过深</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="158" />
      <source>it is not JSON</source>
      <translation>它不是 JSON</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="157" />
      <source>it is not UTF-8 text</source>
      <translation>它不是 UTF-8 文本</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="155" />
      <source>it is not a regular file</source>
      <translation>它不是普通文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="144" />
      <source>no usable keyring was found</source>
      <translation>未找到可用的密钥环</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="146" />
      <source>the keyring failed; is it locked or stopped?</source>
      <translation>密钥环出错；它是否已锁定或已停止？</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/accounts.py" line="356" />
      <source>{field} is not a key of a {vendor} account; its keys are {keys}.</source>
      <translation>{field} 不是 {vendor} 账号的密钥；该类账号的密钥为 {keys}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/profiles.py" line="206" />
      <source>{sentence} ({path})</source>
      <translation>{sentence}（{path}）</translation>
    </message>
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="69" />
      <source>AccessKey</source>
      <translation>AccessKey</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="117" />
      <source>Accounts</source>
      <translation>账号</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="514" />
      <source>Accounts…</source>
      <translation>账号…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="399" />
      <source>Add account</source>
      <translation>添加账号</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="166" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="151" />
      <source>AppId</source>
      <translation>AppId</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="52" />
      <source>BytePlus</source>
      <translation>BytePlus</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="102" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="172" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="426" />
      <source>Delete account</source>
      <translation>删除账号</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="427" />
      <source>Delete the account {name} and its keys in the keyring? This cannot be undone.</source>
      <translation>要删除账号 {name} 及其保存在密钥环中的密钥吗？此操作无法撤销。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="168" />
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="149" />
      <source>Endpoint</source>
      <translation>接入地址</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="153" />
      <source>Keys (kept in the OS keyring)</source>
      <translation>密钥（保存在系统密钥环中）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="169" />
      <source>Make default</source>
      <translation>设为默认</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="146" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="399" />
      <source>Name of the new account:</source>
      <translation>新账号的名称：</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="414" />
      <source>New name for {name}:</source>
      <translation>{name} 的新名称：</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="78" />
      <source>No keyring is available to keep account keys, so they cannot be set here (Mixframe never writes them to a file): install and start GNOME Keyring (gnome-keyring) or KWallet, then open Accounts again.</source>
      <translation>没有可用于保存账号密钥的密钥环，因此无法在此设置密钥（Mixframe 从不把密钥写入文件）：请安装并启动 GNOME Keyring（gnome-keyring）或 KWallet，然后重新打开“账号”。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="297" />
      <source>Optional</source>
      <translation>可选</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="53" />
      <source>QingCloud</source>
      <translation>青云</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="150" />
      <source>Region</source>
      <translation>地域</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="104" />
      <source>Remove this key from the keyring</source>
      <translation>从密钥环中移除此密钥</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="414" />
      <source>Rename account</source>
      <translation>重命名账号</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="167" />
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="72" />
      <source>S3 storage AccessKey</source>
      <translation>S3 存储 AccessKey</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="73" />
      <source>S3 storage SecretKey</source>
      <translation>S3 存储 SecretKey</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="54" />
      <source>Sandbox</source>
      <translation>沙盒</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="56" />
      <source>Sandbox: local emulator, no account needed</source>
      <translation>沙盒：本地模拟服务，无需账号</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="170" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="70" />
      <source>SecretKey</source>
      <translation>SecretKey</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="71" />
      <source>SessionToken (temporary keys only)</source>
      <translation>SessionToken（仅临时密钥需要）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="171" />
      <source>Test connection</source>
      <translation>测试连接</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="465" />
      <source>Testing the connection…</source>
      <translation>正在测试连接…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="329" />
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="498" />
      <source>The accounts could not be changed: {reason}</source>
      <translation>无法修改账号：{reason}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="484" />
      <source>The connection could not be tested: {reason}</source>
      <translation>无法测试连接：{reason}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="147" />
      <source>Vendor</source>
      <translation>云服务商</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="51" />
      <source>Volcengine</source>
      <translation>火山引擎</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="74" />
      <source>access_key_id</source>
      <translation>access_key_id</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="280" />
      <source>none (QingCloud signs without a region)</source>
      <translation>无（青云签名不需要地域）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="108" />
      <source>not set</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="75" />
      <source>secret_access_key</source>
      <translation>secret_access_key</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="108" />
      <source>set</source>
      <translation>已设置</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="76" />
      <source>sign_key (the project's)</source>
      <translation>sign_key（项目的）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="98" />
      <source>unchanged</source>
      <translation>未更改</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="338" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/accounts_dialog.py" line="220" />
      <source>{name} (default)</source>
      <translation>{name}（默认）</translation>
    </message>
  </context>
  <context>
    <name>ApiErrors</name>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="285" />
      <source> (1 attempt, {seconds} s waited in all)</source>
      <translation>（尝试 1 次，共等待 {seconds} 秒）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="288" />
      <source> ({attempts} attempts, {seconds} s waited in all)</source>
      <translation>（尝试 {attempts} 次，共等待 {seconds} 秒）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="281" />
      <source> in time</source>
      <translation>在时限内</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="277" />
      <source> within the {seconds}-second deadline</source>
      <translation>在 {seconds} 秒的总时限内</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="279" />
      <source> within {seconds} seconds</source>
      <translation>在 {seconds} 秒内</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="59" />
      <source>A task with this TaskId already exists in this room: pick a new TaskId.</source>
      <translation>该房间中已存在使用此 TaskId 的任务：请换一个新的 TaskId。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="159" />
      <source>Answer: {answer}</source>
      <translation>应答：{answer}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="157" />
      <source>Attempts: {attempts}</source>
      <translation>尝试次数：{attempts}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="154" />
      <source>Attempts: {attempts} in {seconds} s</source>
      <translation>尝试次数：{attempts}（共 {seconds} 秒）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="144" />
      <source>Code: {code}</source>
      <translation>错误码：{code}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="250" />
      <source>Could not connect to the proxy {proxy} that HTTPS_PROXY or ALL_PROXY names: check the proxy address, or leave {where} out of it with NO_PROXY.</source>
      <translation>无法连接到 HTTPS_PROXY 或 ALL_PROXY 指定的代理 {proxy}：请检查代理地址，或用 NO_PROXY 让 {where} 不经过代理。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="224" />
      <source>Could not connect to {where}: nothing is listening there (is the endpoint right, and the sandbox running?).</source>
      <translation>无法连接到 {where}：该地址没有服务在监听（端点是否正确？沙盒是否已启动？）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="262" />
      <source>Could not reach {where}: check the endpoint address and the network.</source>
      <translation>无法访问 {where}：请检查端点地址和网络。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="148" />
      <source>HTTP status: {status}</source>
      <translation>HTTP 状态码：{status}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="146" />
      <source>Message: {message}</source>
      <translation>服务返回信息：{message}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="58" />
      <source>No running recording task has this AppId, RoomId and TaskId: it may have ended already, or an id is misspelt.</source>
      <translation>没有与此 AppId、RoomId 和 TaskId 对应的运行中录制任务：任务可能已经结束，或某个 ID 拼写有误。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/volc_exchange.py" line="73" />
      <source>No running task was found when the stop was repeated: the earlier attempt, whose answer was lost, most likely stopped it.</source>
      <translation>重试停止时未找到运行中的任务：之前那次未收到应答的请求很可能已经停止了它。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/qingcloud_exchange.py" line="105" />
      <source>QingCloud refused the {call} call: {answer}</source>
      <translation>青云拒绝了 {call} 调用：{answer}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/transport.py" line="116" />
      <source>Refusing plain http:// to {host}: only a loopback address (127.0.0.1, ::1, or localhost when it resolves only to loopback) may be used without HTTPS.</source>
      <translation>拒绝以明文 http:// 访问 {host}：只有回环地址（127.0.0.1、::1，或仅解析到回环地址的 localhost）可以不使用 HTTPS。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="150" />
      <source>RequestId: {request_id}</source>
      <translation>请求 ID：{request_id}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="65" />
      <source>The AppId is not allowed: use letters, digits and _ @ - . (at most 128).</source>
      <translation>AppId 不合法：只能使用字母、数字和 _ @ - .（最多 128 个字符）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="60" />
      <source>The RoomId is not allowed: use letters, digits and _ @ - . (at most 128).</source>
      <translation>RoomId 不合法：只能使用字母、数字和 _ @ - .（最多 128 个字符）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="57" />
      <source>The account already runs as many recording tasks as it may: stop one first.</source>
      <translation>该账号运行中的录制任务已达上限：请先停止一个任务。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="258" />
      <source>The answer from {where} was too large (over {size} MB), so Mixframe stopped reading it; the request may or may not have been carried out.</source>
      <translation>来自 {where} 的应答过大（超过 {size} MB），Mixframe 已停止读取；该请求可能已执行，也可能未执行。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="53" />
      <source>The endpoint does not know this Action or Version: check the endpoint address.</source>
      <translation>该端点不支持此 Action 或 Version：请检查端点地址。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="52" />
      <source>The endpoint does not offer the RTC service: check the endpoint address.</source>
      <translation>该端点不提供 RTC 服务：请检查端点地址。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/transport.py" line="97" />
      <source>The endpoint is empty: give https://host, or leave out --endpoint to use the production endpoint.</source>
      <translation>端点为空：请填写 https://host，或省略 --endpoint 以使用正式环境端点。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/transport.py" line="120" />
      <source>The endpoint must not carry a query or fragment; give just https://host[:port].</source>
      <translation>端点不能带查询参数或片段；只需填写 https://host[:port]。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/transport.py" line="106" />
      <source>The endpoint {endpoint} is not a URL Mixframe can use: give https://host[:port].</source>
      <translation>端点 {endpoint} 不是 Mixframe 可用的 URL：请填写 https://host[:port]。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/transport.py" line="109" />
      <source>The endpoint {endpoint} must not carry a user name or password; keys come from the profile or the environment.</source>
      <translation>端点 {endpoint} 不能包含用户名或密码；密钥来自账号配置或环境变量。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/transport.py" line="113" />
      <source>The endpoint {endpoint} must start with https:// and name a host.</source>
      <translation>端点 {endpoint} 必须以 https:// 开头并包含主机名。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="254" />
      <source>The proxy {proxy} refused to connect to {where}: ask whoever runs it to allow the host, or leave it out with NO_PROXY.</source>
      <translation>代理 {proxy} 拒绝连接到 {where}：请联系代理的管理员放行该主机，或用 NO_PROXY 让它不经过代理。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/transport.py" line="277" />
      <source>The proxy {proxy} set in the environment is a SOCKS proxy, which needs the Python package socksio: install it, or give an http:// proxy.</source>
      <translation>环境变量中设置的代理 {proxy} 是 SOCKS 代理，需要 Python 包 socksio：请安装它，或改用 http:// 代理。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/transport.py" line="247" />
      <source>The proxy {proxy} set in the environment is not one Mixframe can use: give http://host:port.</source>
      <translation>环境变量中设置的代理 {proxy} 无法被 Mixframe 使用：请写成 http://主机:端口。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="48" />
      <source>The request carried no credentials: set the keys for this profile or in the environment.</source>
      <translation>请求未携带凭证：请为此账号设置密钥，或在环境变量中设置。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="49" />
      <source>The request carried no signature: set the keys for this profile or in the environment.</source>
      <translation>请求未携带签名：请为此账号设置密钥，或在环境变量中设置。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="50" />
      <source>The request lacks a parameter the service requires.</source>
      <translation>请求缺少服务要求的参数。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="51" />
      <source>The request lacks information the service requires (Action, Version or the signing headers).</source>
      <translation>请求缺少服务要求的信息（Action、Version 或签名请求头）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="47" />
      <source>The request's time is more than 15 minutes away from the service's clock: set this computer's clock right.</source>
      <translation>请求时间与服务端时钟相差超过 15 分钟：请校准本机时钟。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="246" />
      <source>The secure connection to {where} failed ({detail}): check that the endpoint speaks HTTPS (the sandbox speaks plain http://).</source>
      <translation>与 {where} 的安全连接失败（{detail}）：请确认该端点使用 HTTPS（沙盒使用普通的 http://）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="239" />
      <source>The secure connection to {where} failed: its certificate could not be verified ({detail}); if your network inspects HTTPS, install its CA certificate in the system's certificates.</source>
      <translation>与 {where} 的安全连接失败：无法验证其证书（{detail}）；如果您的网络会检查 HTTPS 流量，请将其 CA 证书安装到系统证书中。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="243" />
      <source>The secure connection to {where} failed: its certificate could not be verified.</source>
      <translation>与 {where} 的安全连接失败：无法验证其证书。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="62" />
      <source>The service could not read the request body as JSON.</source>
      <translation>服务无法将请求体解析为 JSON。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="46" />
      <source>The service does not know this AccessKey: check the key, and that it belongs to this endpoint (Volcengine China and BytePlus keys are separate).</source>
      <translation>服务无法识别此 AccessKey：请检查密钥，并确认它属于此端点（火山引擎中国站与 BytePlus 的密钥互不通用）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="67" />
      <source>The service found a parameter it does not accept.</source>
      <translation>服务发现了不接受的参数。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="210" />
      <source>The service had an internal error (HTTP {status}); try again in a moment.</source>
      <translation>服务内部错误（HTTP {status}）；请稍后重试。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="64" />
      <source>The service knows no app with this AppId.</source>
      <translation>服务中不存在此 AppId 对应的应用。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="61" />
      <source>The service received an empty request body.</source>
      <translation>服务收到的请求体为空。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="201" />
      <source>The service refused the request ({code}).</source>
      <translation>服务拒绝了请求（{code}）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="196" />
      <source>The service refused the request ({code}): {message}</source>
      <translation>服务拒绝了请求（{code}）：{message}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="199" />
      <source>The service refused the request with {code} (HTTP {status}).</source>
      <translation>服务以 {code} 拒绝了请求（HTTP {status}）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="45" />
      <source>The service rejected the request signature: the SecretKey does not belong to this AccessKey, or the region does not match the endpoint.</source>
      <translation>服务拒绝了请求签名：SecretKey 与此 AccessKey 不匹配，或地域与端点不一致。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="63" />
      <source>The storage AccountId is empty.</source>
      <translation>存储的 AccountId 为空。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="66" />
      <source>The storage AccountId is not the main account of this key.</source>
      <translation>存储的 AccountId 不是此密钥所属的主账号。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="54" />
      <source>This key has no permission for the RTC recording API: grant it the policy in the console.</source>
      <translation>此密钥没有 RTC 录制 API 的权限：请在控制台为其授予策略。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="55" />
      <source>This key is not allowed to call the RTC recording API: grant it the policy in the console.</source>
      <translation>此密钥无权调用 RTC 录制 API：请在控制台为其授予策略。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="56" />
      <source>Too many requests per second to this API: the service kept refusing after Mixframe waited and retried; try again in a moment.</source>
      <translation>对此 API 的每秒请求数过多：Mixframe 等待并重试后服务仍然拒绝；请稍后再试。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="215" />
      <source>the service</source>
      <translation>服务</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="233" />
      <source>{where} answered with something that is not the service's JSON (HTTP {status}).</source>
      <translation>{where} 返回的内容不是服务的 JSON 应答（HTTP {status}）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="235" />
      <source>{where} answered with something that is not the service's JSON.</source>
      <translation>{where} 返回的内容不是服务的 JSON 应答。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="229" />
      <source>{where} closed the connection before answering; the request may or may not have been carried out.</source>
      <translation>{where} 在应答前关闭了连接；请求可能已执行，也可能未执行。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/api/errors.py" line="290" />
      <source>{where} did not answer{limit}{cost}; the request may or may not have been carried out.</source>
      <translation>{where}{limit}没有应答{cost}；请求可能已执行，也可能未执行。</translation>
    </message>
  </context>
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
      <location filename="gui/mixframe/ui/choices.py" line="31" />
      <source>16 kHz</source>
      <translation>16 kHz</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="32" />
      <source>32 kHz</source>
      <translation>32 kHz</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="33" />
      <source>44.1 kHz</source>
      <translation>44.1 kHz</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="34" />
      <source>48 kHz</source>
      <translation>48 kHz</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="27" />
      <source>AAC</source>
      <translation>AAC</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="28" />
      <source>AAC-LC</source>
      <translation>AAC-LC</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="37" />
      <source>Adaptive</source>
      <translation>自适应布局</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="60" />
      <source>Alibaba Cloud OSS</source>
      <translation>阿里云 OSS</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="59" />
      <source>Amazon S3</source>
      <translation>Amazon S3</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="57" />
      <source>Archive</source>
      <translation>归档存储</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="45" />
      <source>Audio and video</source>
      <translation>音视频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="46" />
      <source>Audio only</source>
      <translation>纯音频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="50" />
      <source>Audio only (not supported yet)</source>
      <translation>纯音频（暂不支持）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="52" />
      <source>Black frame</source>
      <translation>补黑帧</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="26" />
      <source>ByteVC1</source>
      <translation>ByteVC1</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="42" />
      <source>Crop to fill</source>
      <translation>裁剪铺满</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="39" />
      <source>Custom</source>
      <translation>自定义布局</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="43" />
      <source>Fit with bars</source>
      <translation>完整显示（加黑边）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="68" />
      <source>Floating</source>
      <translation>悬浮布局</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="25" />
      <source>H.264</source>
      <translation>H.264</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="29" />
      <source>HE-AAC v1</source>
      <translation>HE-AAC v1</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="30" />
      <source>HE-AAC v2</source>
      <translation>HE-AAC v2</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="69" />
      <source>High stream</source>
      <translation>大流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="61" />
      <source>Huawei Cloud OBS</source>
      <translation>华为云 OBS</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="58" />
      <source>Infrequent access</source>
      <translation>低频存储</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="49" />
      <source>Keep image aspect</source>
      <translation>保持图片原有比例</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="70" />
      <source>Low stream</source>
      <translation>小流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="21" />
      <source>Mixed</source>
      <translation>合流录制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="35" />
      <source>Mono</source>
      <translation>单声道</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="23" />
      <source>Normal (camera)</source>
      <translation>普通流（摄像头）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="73" />
      <source>Off</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="72" />
      <source>On</source>
      <translation>开启</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="66" />
      <source>One MP4 (limited players)</source>
      <translation>合成 MP4（兼容有限）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="67" />
      <source>One MP4 (most players)</source>
      <translation>合成 MP4（通用）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="63" />
      <source>Qiniu Kodo</source>
      <translation>七牛云 Kodo</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="51" />
      <source>Repeat last frame</source>
      <translation>补最后一帧</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="55" />
      <source>S3-compatible</source>
      <translation>第三方存储（兼容 S3）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="48" />
      <source>Scale like the video</source>
      <translation>按视频比例缩放</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="24" />
      <source>Screen</source>
      <translation>屏幕流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="65" />
      <source>Separate audio and video</source>
      <translation>音视频分开</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="40" />
      <source>Side by side</source>
      <translation>并排布局</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="22" />
      <source>Single stream</source>
      <translation>单流录制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="56" />
      <source>Standard</source>
      <translation>标准存储</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="36" />
      <source>Stereo</source>
      <translation>双声道</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="41" />
      <source>Stretch</source>
      <translation>拉伸</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="44" />
      <source>Stretch (recommended)</source>
      <translation>拉伸（推荐）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="53" />
      <source>TOS</source>
      <translation>对象存储 TOS</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="62" />
      <source>Tencent Cloud COS</source>
      <translation>腾讯云 COS</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="54" />
      <source>VOD</source>
      <translation>视频点播 VOD</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="38" />
      <source>Vertical</source>
      <translation>垂直布局</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/choices.py" line="47" />
      <source>Video only</source>
      <translation>纯视频</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <location filename="gui/mixframe/cli_service.py" line="328" />
      <source> (from the command line: {commands}; keyring service {service}, user {entries})</source>
      <translation>（在命令行中：{commands}；密钥环服务 {service}，用户 {entries}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/cli_service.py" line="335" />
      <source> (or pass --profile with an account that keeps them)</source>
      <translation>（或用 --profile 指定保存了密钥的账号）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/cli_service.py" line="332" />
      <source> ({command} FIELD stores one)</source>
      <translation>（{command} FIELD 可保存一个密钥）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/cli_service.py" line="388" />
      <source>- (standard input) can be given only once: it can be read only once.</source>
      <translation>- （标准输入）只能给出一次：标准输入只能读取一次。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/cli_service.py" line="368" />
      <source>Standard input</source>
      <translation>标准输入</translation>
    </message>
    <message>
      <location filename="gui/mixframe/cli_service.py" line="164" />
      <source>mixframe: cannot write the output: {reason}.</source>
      <translation>mixframe：无法写入输出：{reason}。</translation>
    </message>
  </context>
  <context>
    <name>Compositor</name>
    <message>
      <location filename="gui/mixframe/render/compositor.py" line="561" />
      <source>background image</source>
      <translation>背景图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/compositor.py" line="86" />
      <source>camera</source>
      <translation>摄像头</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/compositor.py" line="366" />
      <source>no stream</source>
      <translation>无流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/compositor.py" line="86" />
      <source>screen</source>
      <translation>屏幕</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/compositor.py" line="91" />
      <source>{user} ({kind})</source>
      <translation>{user}（{kind}）</translation>
    </message>
  </context>
  <context>
    <name>Credentials</name>
    <message>
      <location filename="gui/mixframe/store/credentials.py" line="314" />
      <source>A QingCloud start needs the project's sign_key: set {variable}, or choose an account that keeps it.</source>
      <translation>启动青云录制需要项目的 sign_key：请设置 {variable}，或选择保存了它的账号。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/credentials.py" line="76" />
      <source>Account {account} has no {names} in the keyring; set it in Accounts…</source>
      <translation>账号 {account} 在密钥环中没有 {names}；请在“账号…”中设置。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/credentials.py" line="79" />
      <source>Account {account} has no {names} in the keyring; set them in Accounts…</source>
      <translation>账号 {account} 在密钥环中没有 {names}；请在“账号…”中设置。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/credentials.py" line="238" />
      <source>No keys: choose an account, or set {first} and {second}.</source>
      <translation>没有密钥：请选择一个账号，或设置 {first} 和 {second}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/credentials.py" line="102" />
      <source>No usable keyring was found to keep account keys (Mixframe never writes them to a file): start a Secret Service such as GNOME Keyring or KWallet, or use the environment variables VOLC_ACCESSKEY/VOLC_SECRETKEY or QY_ACCESS_KEY_ID/QY_SECRET_ACCESS_KEY/QY_SIGN_KEY.</source>
      <translation>找不到可用于保存账号密钥的密钥环（Mixframe 从不把密钥写入文件）：请启动 GNOME Keyring 或 KWallet 等 Secret Service，或使用环境变量 VOLC_ACCESSKEY/VOLC_SECRETKEY 或 QY_ACCESS_KEY_ID/QY_SECRET_ACCESS_KEY/QY_SIGN_KEY。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/credentials.py" line="134" />
      <source>The keyring could not {what} ({error}); is it locked or stopped?</source>
      <translation>密钥环无法{what}（{error}）；它是否已锁定或已停止？</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/credentials.py" line="170" />
      <source>delete a key</source>
      <translation>删除密钥</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/credentials.py" line="184" />
      <location filename="gui/mixframe/store/credentials.py" line="188" />
      <location filename="gui/mixframe/store/credentials.py" line="204" />
      <location filename="gui/mixframe/store/credentials.py" line="216" />
      <source>move a key</source>
      <translation>移动密钥</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/credentials.py" line="155" />
      <source>read a key</source>
      <translation>读取密钥</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/credentials.py" line="145" />
      <source>store a key</source>
      <translation>保存密钥</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/credentials.py" line="233" />
      <source>{missing} is not set; set both {first} and {second}.</source>
      <translation>未设置 {missing}；请同时设置 {first} 和 {second}。</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="248" />
      <source>A preset called {name} already exists.</source>
      <translation>名为 {name} 的预设已存在。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="209" />
      <source>A preset needs a name.</source>
      <translation>预设需要一个名称。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/export.py" line="173" />
      <source>Cannot write {path}: a part of its folder {folder} is a file, not a folder.</source>
      <translation>无法写入 {path}：其所在文件夹 {folder} 的路径中有一部分是文件，而不是文件夹。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/export.py" line="171" />
      <source>Cannot write {path}: it is a folder.</source>
      <translation>无法写入 {path}：它是一个文件夹。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/export.py" line="175" />
      <location filename="gui/mixframe/render/export.py" line="176" />
      <source>Cannot write {path}: permission denied.</source>
      <translation>无法写入 {path}：没有权限。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/export.py" line="178" />
      <location filename="gui/mixframe/render/export.py" line="179" />
      <source>Cannot write {path}: the disk is full.</source>
      <translation>无法写入 {path}：磁盘已满。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/export.py" line="177" />
      <source>Cannot write {path}: the file system is read-only.</source>
      <translation>无法写入 {path}：文件系统是只读的。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/export.py" line="172" />
      <source>Cannot write {path}: the folder {folder} does not exist.</source>
      <translation>无法写入 {path}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/export.py" line="169" />
      <source>Cannot write {path}: the name is too long for the file system.</source>
      <translation>无法写入 {path}：文件名对该文件系统来说太长。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/export.py" line="189" />
      <source>Cannot write {path}: the system cannot take this file name.</source>
      <translation>无法写入 {path}：系统不接受这个文件名。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/export.py" line="196" />
      <source>Cannot write {path}: {reason}.</source>
      <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/problems.py" line="391" />
      <source>The file</source>
      <translation>该文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/render/export.py" line="140" />
      <source>The frame could not be encoded as PNG.</source>
      <translation>无法将画面编码为 PNG。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="236" />
      <location filename="gui/mixframe/store/presets.py" line="273" />
      <source>There is no preset called {name}.</source>
      <translation>没有名为 {name} 的预设。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="41" />
      <source>it could not be read</source>
      <translation>无法读取</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="134" />
      <source>{name} already exists and is not a readable preset, so it was not overwritten ({reason}).</source>
      <translation>{name} 已存在且不是可读取的预设，因此未被覆盖（{reason}）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="275" />
      <source>{name} cannot be deleted: {reason}.</source>
      <translation>无法删除 {name}：{reason}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="115" />
      <location filename="gui/mixframe/store/presets.py" line="78" />
      <source>{name} cannot be read: {reason}.</source>
      <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="142" />
      <source>{name} could not be written: {reason}.</source>
      <translation>无法写入 {name}：{reason}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="76" />
      <source>{name} does not exist.</source>
      <translation>{name} 不存在。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="52" />
      <source>{name} is a device, not a file, so it was not read.</source>
      <translation>{name} 是一个设备，不是文件，因此未读取。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="47" />
      <source>{name} is a folder, not a preset or request file.</source>
      <translation>{name} 是文件夹，不是预设或请求文件。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="49" />
      <source>{name} is a named pipe (FIFO), not a file, so it was not read.</source>
      <translation>{name} 是一个命名管道（FIFO），不是文件，因此未读取。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="54" />
      <source>{name} is a socket, not a file, so it was not read.</source>
      <translation>{name} 是一个套接字，不是文件，因此未读取。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="89" />
      <source>{name} is empty.</source>
      <translation>{name} 是空的。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="94" />
      <source>{name} is larger than {cap}, far more than any preset or request file, so it was not read.</source>
      <translation>{name} 大于 {cap}，远超任何预设或请求文件的大小，因此未读取。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="55" />
      <source>{name} is not a regular file, so it was not read.</source>
      <translation>{name} 不是普通文件，因此未读取。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="87" />
      <source>{name} is not a text file (it is not UTF-8).</source>
      <translation>{name} 不是文本文件（不是 UTF-8 编码）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="258" />
      <source>{name} was copied to {new}, but cannot be deleted: {reason}.</source>
      <translation>{name} 已复制为 {new}，但无法删除：{reason}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="162" />
      <source>{name} was not saved: Mixframe could not open it again ({reason}).</source>
      <translation>{name} 未保存：Mixframe 无法再次打开它（{reason}）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/presets.py" line="156" />
      <source>{name} was not saved: the preset would take {size}, more than the {cap} Mixframe reads back.</source>
      <translation>{name} 未保存：该预设将占用 {size}，超过 Mixframe 能读回的 {cap}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="129" />
      <source>{where} has no valid preset version ("mixframe" should be a whole number).</source>
      <translation>{where} 没有有效的预设版本（"mixframe" 应为整数）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="179" />
      <source>{where} holds a whole number of more than {digits} digits (at its top), far beyond any field's range.</source>
      <translation>{where} 含有超过 {digits} 位的整数（位于顶层），远超任何字段的取值范围。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="176" />
      <source>{where} holds a whole number of more than {digits} digits (at {path}), far beyond any field's range.</source>
      <translation>{where} 含有超过 {digits} 位的整数（位于 {path}），远超任何字段的取值范围。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="248" />
      <source>{where} holds a whole number of more than {digits} digits (line {line}, column {column}), far beyond any field's range.</source>
      <translation>{where} 含有超过 {digits} 位的整数（第 {line} 行，第 {column} 列），远超任何字段的取值范围。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="251" />
      <source>{where} holds a whole number of more than {digits} digits, far beyond any field's range.</source>
      <translation>{where} 含有超过 {digits} 位的整数，远超任何字段的取值范围。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="234" />
      <source>{where} holds {constant}, which is not a JSON number.</source>
      <translation>{where} 含有 {constant}，它不是 JSON 数字。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="182" />
      <source>{where} holds {kind}, not a preset or a request body (a JSON object).</source>
      <translation>{where} 的内容是 {kind}，不是预设或请求体（JSON 对象）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="209" />
      <source>{where} is neither a Mixframe preset nor a request body (expected "mixframe", "AppId"… or "app_id"… keys).</source>
      <translation>{where} 既不是 Mixframe 预设，也不是请求体（应含有 "mixframe"、"AppId"… 或 "app_id"… 等键）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="169" />
      <source>{where} is nested more than {levels} levels deep (at {path}), far deeper than any preset or request.</source>
      <translation>{where} 的嵌套超过 {levels} 层（位于 {path}），远深于任何预设或请求。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="240" />
      <source>{where} is nested more than {levels} levels deep, far deeper than any preset or request.</source>
      <translation>{where} 的嵌套超过 {levels} 层，远深于任何预设或请求。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="237" />
      <source>{where} is not valid JSON (line {line}, column {column}: {reason}).</source>
      <translation>{where} 不是有效的 JSON（第 {line} 行，第 {column} 列：{reason}）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="139" />
      <source>{where} uses preset version {version}, which cannot be upgraded.</source>
      <translation>{where} 使用的预设版本 {version} 无法升级。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="132" />
      <source>{where} was saved by a newer Mixframe (preset version {version}); this one reads up to version {newest}.</source>
      <translation>{where} 由更新版本的 Mixframe 保存（预设版本 {version}）；当前版本最高只能读取版本 {newest}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="199" />
      <source>{where}: "request" must be a JSON object.</source>
      <translation>{where}："request" 必须是 JSON 对象。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="196" />
      <source>{where}: "vendor" must be "volcengine" or "qingcloud".</source>
      <translation>{where}："vendor" 必须是 "volcengine" 或 "qingcloud"。</translation>
    </message>
  </context>
  <context>
    <name>FieldDocs</name>
    <message>
      <location filename="gui/mixframe/model/volcengine.py" line="72" />
      <source>0 = adaptive bitrate.</source>
      <translation>0 表示自适应码率。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine.py" line="156" />
      <source>0 = no limit.</source>
      <translation>0 表示不限制。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine.py" line="59" />
      <source>Identifies the stream in the custom layout.</source>
      <translation>在自定义布局中标识该路流。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine.py" line="125" />
      <source>JPG, JPEG or PNG.</source>
      <translation>JPG、JPEG 或 PNG 格式。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine.py" line="94" />
      <source>JPG, JPEG or PNG; at most 1024 bytes.</source>
      <translation>JPG、JPEG 或 PNG 格式；地址最长 1024 字节。</translation>
    </message>
  </context>
  <context>
    <name>Inspector</name>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="315" />
      <source>Appearance</source>
      <translation>外观</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="110" />
      <location filename="gui/mixframe/ui/inspector.py" line="345" />
      <source>Background</source>
      <translation>背景色</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="484" />
      <source>Background colour</source>
      <translation>背景颜色</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="111" />
      <source>Background image URL</source>
      <translation>背景图片 URL</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="328" />
      <source>Canvas</source>
      <translation>画布</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="462" />
      <source>Change {field}</source>
      <translation>修改{field}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="347" />
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
      <location filename="gui/mixframe/ui/inspector.py" line="423" />
      <source>No region selected. Select a region on the canvas or in the layer list.</source>
      <translation>未选中区域。请在画布或图层列表中选择一个区域。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="100" />
      <source>Opacity</source>
      <translation>不透明度</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="349" />
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
      <location filename="gui/mixframe/ui/inspector.py" line="317" />
      <source>Placeholder image</source>
      <translation>补位图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="314" />
      <source>Position and size</source>
      <translation>位置和尺寸</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="425" />
      <source>Region of stream {index}</source>
      <translation>流 {index} 的区域</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="101" />
      <source>Render mode</source>
      <translation>渲染模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="316" />
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
      <location filename="gui/mixframe/ui/inspector.py" line="427" />
      <source>{count} regions selected; fields that differ show “—”</source>
      <translation>已选中 {count} 个区域；取值不同的字段显示为“—”</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/inspector.py" line="278" />
      <source>{path}, allowed {range}</source>
      <translation>{path}，允许范围 {range}</translation>
    </message>
  </context>
  <context>
    <name>Journal</name>
    <message>
      <location filename="gui/mixframe/store/journal.py" line="100" />
      <source>A bug in Mixframe kept this recording out of the recordings journal (the details are in {log}); the recording goes on.</source>
      <translation>Mixframe 的一个缺陷使此录制未能记入录制日志（详情见 {log}）；录制照常进行。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/store/journal.py" line="93" />
      <source>The recordings journal {path} cannot be used ({reason}); recordings go on, but are not kept in it. Move the file away to start a new journal.</source>
      <translation>录制日志 {path} 无法使用（{reason}）；录制照常进行，但不会记入日志。把该文件移走即可开始新的日志。</translation>
    </message>
  </context>
  <context>
    <name>LayerList</name>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="111" />
      <source>Back</source>
      <translation>底层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="109" />
      <source>Bring forward</source>
      <translation>上移一层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="108" />
      <source>Bring to front</source>
      <translation>置于顶层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="110" />
      <source>Down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="108" />
      <source>Front</source>
      <translation>顶层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="169" />
      <source>Hidden: click to show</source>
      <translation>已隐藏：点击显示</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="97" />
      <source>Layers</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="168" />
      <source>Lock (only in the editor)</source>
      <translation>锁定（仅在编辑器中）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="168" />
      <source>Locked: click to unlock</source>
      <translation>已锁定：点击解锁</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="110" />
      <source>Send backward</source>
      <translation>下移一层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="111" />
      <source>Send to back</source>
      <translation>置于底层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="109" />
      <source>Up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="169" />
      <source>Visible: click to hide (only in the editor)</source>
      <translation>可见：点击隐藏（仅在编辑器中）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="163" />
      <source>camera</source>
      <translation>摄像头</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="163" />
      <source>screen</source>
      <translation>屏幕</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/layers.py" line="165" />
      <source>{kind} · Z {z}</source>
      <translation>{kind} · 层 {z}</translation>
    </message>
  </context>
  <context>
    <name>LayoutDocument</name>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="380" />
      <location filename="gui/mixframe/ui/document.py" line="433" />
      <source>A recording can target at most {n} streams (TargetStreams.StreamList).</source>
      <translation>一次录制最多可指定 {n} 路流（TargetStreams.StreamList）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="394" />
      <source>Add stream {name}</source>
      <translation>添加流 {name}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="567" />
      <source>Align</source>
      <translation>对齐</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="476" />
      <source>Apply template {name}</source>
      <translation>应用模板 {name}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="517" />
      <source>Bring to front</source>
      <translation>置于顶层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="374" />
      <source>Change canvas</source>
      <translation>修改画布</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="491" />
      <source>Change grid</source>
      <translation>修改网格</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="424" />
      <source>Change stream</source>
      <translation>修改流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="592" />
      <source>Distribute</source>
      <translation>等距分布</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="454" />
      <source>Duplicate</source>
      <translation>创建副本</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="693" />
      <source>Each stream needs its own Index.</source>
      <translation>每路流都需要唯一的 Index。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="483" />
      <source>Hide</source>
      <translation>隐藏</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="480" />
      <source>Lock</source>
      <translation>锁定</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="512" />
      <source>Lower</source>
      <translation>下移一层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="530" />
      <source>Move layer</source>
      <translation>移动图层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="604" />
      <source>Paste transform</source>
      <translation>粘贴变换</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="504" />
      <source>Raise</source>
      <translation>上移一层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="406" />
      <source>Remove stream</source>
      <translation>移除流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="406" />
      <source>Remove {n} streams</source>
      <translation>移除 {n} 路流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="522" />
      <source>Send to back</source>
      <translation>置于底层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="486" />
      <source>Set placeholder image</source>
      <translation>设置占位图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="483" />
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="384" />
      <location filename="gui/mixframe/ui/document.py" line="416" />
      <source>Stream index {i} is already used; each stream needs its own Index.</source>
      <translation>流 Index {i} 已被使用；每路流都需要唯一的 Index。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="494" />
      <source>Toggle snapping</source>
      <translation>切换吸附</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="480" />
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="712" />
      <location filename="gui/mixframe/ui/document.py" line="889" />
      <source>a second region for stream {i} was dropped.</source>
      <translation>流 {i} 的第二个区域已被丢弃。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="698" />
      <source>a size too large to draw was moved inside the documented limits.</source>
      <translation>尺寸过大无法绘制，已移到文档规定的范围内。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="717" />
      <source>a value too large to draw was moved inside the documented limits.</source>
      <translation>数值过大无法绘制，已移到文档规定的范围内。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="644" />
      <source>index {i} is used by another stream; each stream needs its own Index.</source>
      <translation>Index {i} 已被另一路流使用；每路流都需要唯一的 Index。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="707" />
      <location filename="gui/mixframe/ui/document.py" line="887" />
      <source>no stream in TargetStreams.StreamList has Index {i}; the region was dropped.</source>
      <translation>TargetStreams.StreamList 中没有 Index 为 {i} 的流；该区域已被丢弃。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="728" />
      <source>stream Index {i} had no region in Layout.CustomLayout.Regions; one was added.</source>
      <translation>Index 为 {i} 的流在 Layout.CustomLayout.Regions 中没有区域；已为其添加一个。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="475" />
      <source>template</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="891" />
      <source>{n} more regions were dropped for the same reasons.</source>
      <translation>另有 {n} 个区域因同样的原因被丢弃。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/document.py" line="649" />
      <source>{n} streams given, at most {m} can be recorded.</source>
      <translation>给出了 {n} 路流，最多只能录制 {m} 路。</translation>
    </message>
  </context>
  <context>
    <name>Limits</name>
    <message>
      <location filename="gui/mixframe/model/limits.py" line="50" />
      <source>at least {bound}</source>
      <translation>不小于 {bound}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/limits.py" line="54" />
      <source>at most {bound}</source>
      <translation>不大于 {bound}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/limits.py" line="49" />
      <source>greater than {bound}</source>
      <translation>大于 {bound}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/limits.py" line="53" />
      <source>less than {bound}</source>
      <translation>小于 {bound}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="gui/mixframe/ui/view_actions.py" line="50" />
      <source>&amp;Actual size (100 %)</source>
      <translation>实际大小 (100 %)(&amp;A)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="220" />
      <source>&amp;Arrange</source>
      <translation>排列(&amp;A)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="102" />
      <source>&amp;Delete preset…</source>
      <translation>删除预设(&amp;D)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="205" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="104" />
      <source>&amp;Export preset…</source>
      <translation>导出预设(&amp;E)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="107" />
      <source>&amp;Export request JSON…</source>
      <translation>导出请求 JSON(&amp;E)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="203" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="103" />
      <source>&amp;Import preset…</source>
      <translation>导入预设(&amp;I)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/view_actions.py" line="70" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="93" />
      <source>&amp;New</source>
      <translation>新建(&amp;N)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="94" />
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="97" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="180" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="216" />
      <source>&amp;Request</source>
      <translation>请求(&amp;R)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="95" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/view_actions.py" line="54" />
      <source>&amp;Snapping</source>
      <translation>吸附(&amp;S)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="176" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="212" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="99" />
      <source>A new QingCloud recording: the service composes the picture in one of its layout modes</source>
      <translation>新建青云录制：由服务按其一种布局模式合成画面</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="142" />
      <source>A recording is running</source>
      <translation>录制正在进行</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/canvas_area.py" line="38" />
      <location filename="gui/mixframe/ui/canvas_area.py" line="46" />
      <source>Adaptive</source>
      <translation>自适应</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="323" />
      <source>Cannot delete</source>
      <translation>无法删除</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="358" />
      <location filename="gui/mixframe/ui/file_actions.py" line="377" />
      <source>Cannot export</source>
      <translation>无法导出</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="341" />
      <source>Cannot import</source>
      <translation>无法导入</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="196" />
      <source>Cannot open the file</source>
      <translation>无法打开文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="304" />
      <source>Cannot rename</source>
      <translation>无法重命名</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="277" />
      <source>Cannot save</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="367" />
      <source>Copied the request as a curl command (secrets masked).</source>
      <translation>已将请求复制为 curl 命令（密钥已脱敏）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="105" />
      <source>Copy as &amp;curl</source>
      <translation>复制为 curl 命令(&amp;C)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="106" />
      <source>Copy the request as a curl command (keys and secrets masked)</source>
      <translation>将请求复制为 curl 命令（AccessKey、SecretKey 等密钥已脱敏）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="313" />
      <location filename="gui/mixframe/ui/file_actions.py" line="316" />
      <source>Delete preset</source>
      <translation>删除预设</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="317" />
      <source>Delete the preset file “{name}”? The layout stays open, unsaved.</source>
      <translation>要删除预设文件“{name}”吗？布局仍保持打开，但变为未保存状态。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="349" />
      <source>Export preset</source>
      <translation>导出预设</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="371" />
      <source>Export request JSON</source>
      <translation>导出请求 JSON</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="380" />
      <source>Exported the request to {path} (secrets masked)</source>
      <translation>已将请求导出到 {path}（密钥已脱敏）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="360" />
      <source>Exported to {path}</source>
      <translation>已导出到 {path}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/canvas_area.py" line="38" />
      <source>Floating</source>
      <translation>悬浮</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="334" />
      <source>Import preset</source>
      <translation>导入预设</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="343" />
      <source>Imported into your presets as {name}</source>
      <translation>已导入到你的预设中，名为 {name}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="103" />
      <source>Inspector</source>
      <translation>属性</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="253" />
      <source>Lay out all streams by a template</source>
      <translation>按模板排布所有流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="104" />
      <source>Layers</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="234" />
      <source>Main toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="33" />
      <source>Mixframe presets and request bodies (*.json);;All files (*)</source>
      <translation>Mixframe 预设和请求体 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="98" />
      <source>New &amp;QingCloud request</source>
      <translation>新建青云请求(&amp;Q)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="100" />
      <source>New from &amp;template…</source>
      <translation>从模板新建(&amp;T)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="298" />
      <source>New name:</source>
      <translation>新名称：</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="229" />
      <source>No recent files</source>
      <translation>没有最近的文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/status_labels.py" line="41" />
      <source>No selection</source>
      <translation>未选中</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="114" />
      <source>Open &amp;Recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="184" />
      <source>Open preset or request</source>
      <translation>打开预设或请求</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/view_actions.py" line="63" />
      <source>Panels</source>
      <translation>面板</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/status_labels.py" line="59" />
      <source>Preview of the automatic layout “{mode}”: the service places the pictures, so there is nothing to move here.</source>
      <translation>自动布局“{mode}”的预览：画面由服务端排布，这里无需移动。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="110" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="101" />
      <source>Re&amp;name preset…</source>
      <translation>重命名预设(&amp;N)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="296" />
      <location filename="gui/mixframe/ui/file_actions.py" line="298" />
      <source>Rename preset</source>
      <translation>重命名预设</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="267" />
      <source>Replace the file?</source>
      <translation>替换该文件？</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="111" />
      <source>Request</source>
      <translation>请求</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="96" />
      <source>Save &amp;As…</source>
      <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="255" />
      <source>Save preset</source>
      <translation>保存预设</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="296" />
      <source>Save the preset first; then it can be renamed.</source>
      <translation>请先保存预设，然后才能重命名。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="282" />
      <source>Saved {path}</source>
      <translation>已保存 {path}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="107" />
      <source>Settings</source>
      <translation>录制设置</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/view_actions.py" line="53" />
      <source>Show &amp;grid</source>
      <translation>显示网格(&amp;G)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="186" />
      <source>Show &amp;problems</source>
      <translation>显示问题(&amp;P)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/canvas_area.py" line="46" />
      <source>Side by side</source>
      <translation>并排</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="143" />
      <source>Stop the recording before opening or starting another request: its layout edits go to the running task.</source>
      <translation>请先停止录制，再打开或新建其他请求：当前的布局修改会推送到正在运行的录制任务。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="105" />
      <source>Streams</source>
      <translation>流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/status_labels.py" line="50" />
      <source>Streams {count} / {limit}</source>
      <translation>流 {count} / {limit}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/view_actions.py" line="80" />
      <source>System language</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/main_window.py" line="252" />
      <source>Templates</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/view_actions.py" line="93" />
      <source>The new language applies when Mixframe starts again.</source>
      <translation>新的语言将在 Mixframe 重新启动后生效。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="313" />
      <source>This document is not saved as a preset file.</source>
      <translation>此文档尚未保存为预设文件。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="155" />
      <source>Unsaved changes</source>
      <translation>未保存的更改</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="43" />
      <source>Untitled</source>
      <translation>未命名</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/canvas_area.py" line="38" />
      <location filename="gui/mixframe/ui/canvas_area.py" line="46" />
      <source>Vertical</source>
      <translation>垂直</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="108" />
      <source>Write the request body to a file (secrets masked)</source>
      <translation>将请求体写入文件（密钥已脱敏）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/view_actions.py" line="51" />
      <source>Zoom &amp;in</source>
      <translation>放大(&amp;I)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/view_actions.py" line="52" />
      <source>Zoom &amp;out</source>
      <translation>缩小(&amp;O)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/view_actions.py" line="49" />
      <source>Zoom to &amp;fit</source>
      <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/status_labels.py" line="51" />
      <source>Zoom {percent} %</source>
      <translation>缩放 {percent} %</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="211" />
      <source>and {n} more in the problems list</source>
      <translation>另有 {n} 条见问题列表</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/status_labels.py" line="54" />
      <source>x {x}, y {y}</source>
      <translation>x {x}, y {y}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/status_labels.py" line="35" />
      <source>x —, y —</source>
      <translation>x —, y —</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/status_labels.py" line="48" />
      <source>{count} selected · {w} × {h} px</source>
      <translation>已选中 {count} 个 · {w} × {h} 像素</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="268" />
      <source>{name} already exists. Replace it?</source>
      <translation>{name} 已存在。要替换它吗？</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="377" />
      <source>{name} could not be written: {reason}.</source>
      <translation>无法写入 {name}：{reason}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/file_actions.py" line="156" />
      <source>“{name}” has changes that are not saved. Save them first?</source>
      <translation>“{name}”有未保存的更改。要先保存吗？</translation>
    </message>
  </context>
  <context>
    <name>NewFromTemplate</name>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="131" />
      <source>A recording mixes 1 to {most} streams; {count} cannot be laid out.</source>
      <translation>一次录制合成 1 到 {most} 路流；{count} 路无法排布。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="55" />
      <source>Adaptive</source>
      <translation>自适应布局</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="54" />
      <source>Floating</source>
      <translation>悬浮布局</translation>
    </message>
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
      <location filename="gui/mixframe/ui/new_from_template.py" line="83" />
      <source>New from template</source>
      <translation>从模板新建</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="110" />
      <location filename="gui/mixframe/ui/new_from_template.py" line="112" />
      <source>Output size</source>
      <translation>输出尺寸</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="50" />
      <source>QingCloud</source>
      <translation>青云</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="155" />
      <source>QingCloud composes the picture on its server, from whoever is in the channel.</source>
      <translation>青云在其服务器上用频道中的所有人合成画面。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="111" />
      <location filename="gui/mixframe/ui/new_from_template.py" line="112" />
      <source>Streams</source>
      <translation>流数量</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="95" />
      <location filename="gui/mixframe/ui/new_from_template.py" line="97" />
      <source>Template</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="88" />
      <location filename="gui/mixframe/ui/new_from_template.py" line="91" />
      <source>Vendor</source>
      <translation>云服务商</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="56" />
      <source>Vertical</source>
      <translation>垂直布局</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/new_from_template.py" line="49" />
      <source>Volcengine / BytePlus</source>
      <translation>火山引擎 / BytePlus</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <location filename="gui/mixframe/model/problems.py" line="90" />
      <source> (the value is not shown: it holds a secret)</source>
      <translation>（未显示该值：其中含有密钥）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="133" />
      <source>HE-AAC v2 (AudioProfile 2) supports stereo output only: set AudioChannels to 2</source>
      <translation>HE-AAC v2（AudioProfile 为 2）仅支持双声道输出：请将 AudioChannels 设为 2</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="90" />
      <source>Index {index} is already used by {other}; each stream in a list needs its own Index</source>
      <translation>Index {index} 已被 {other} 使用；同一列表中的每路流都需要唯一的 Index</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="517" />
      <source>UpdateRecord replaces the whole layout: send every Region</source>
      <translation>UpdateRecord 会替换整个布局：请传入全部 Region</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="179" />
      <source>VOD storage ignores the prefix</source>
      <translation>存储到点播（VOD）时会忽略前缀</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="368" />
      <source>a custom layout needs the streams listed here, one per Region</source>
      <translation>自定义布局需要在此列出要录制的流，每个 Region 对应一路</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="129" />
      <source>a layout can only be set for mixed recording (RecordMode 0); single-stream recording has no layout</source>
      <translation>只有合流录制（RecordMode 为 0）才能设置布局；单流录制没有布局</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="444" />
      <source>a radius of {radius} px (CornerRadius × Canvas.Width) is more than half the region's smaller side, so the service draws no rounding</source>
      <translation>圆角半径 {radius} px（CornerRadius × Canvas.Width）超过了区域短边的一半，服务端不会绘制圆角</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/values.py" line="59" />
      <source>and {count} more problems with the fields, not listed (the first {listed} are)</source>
      <translation>另有 {count} 个字段问题未列出（只列出前 {listed} 个）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="197" />
      <source>applies to mixed recording only (is_mixing_enabled 1)</source>
      <translation>仅对合流录制（is_mixing_enabled 为 1）生效</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="160" />
      <source>applies to single-stream recording only</source>
      <translation>仅对单流录制生效</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="143" />
      <source>audio-only subscription (1) is not supported by the service yet</source>
      <translation>服务端暂不支持仅订阅音频（1）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="234" />
      <source>can hold at most {max} entries</source>
      <translation>最多包含 {max} 项</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="513" />
      <source>cannot be changed while recording; UpdateRecord ignores it</source>
      <translation>录制过程中不能修改；UpdateRecord 会忽略此项</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="135" />
      <source>cannot be set for single-stream recording (RecordMode 1): each file keeps the stream's own resolution</source>
      <translation>单流录制（RecordMode 为 1）不能设置此项：每个文件保持该路流的原始分辨率</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="223" />
      <source>does not match the pattern {pattern}</source>
      <translation>不符合格式 {pattern}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="198" />
      <source>file names may reach {length} characters; the service cuts them at {max} and ends them with ~</source>
      <translation>文件名最长可能达到 {length} 个字符；服务端会在第 {max} 个字符处截断，并以 ~ 结尾</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="167" />
      <source>has no effect in automatic layouts</source>
      <translation>在自动布局下不生效</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="147" />
      <source>has no effect in this layout mode: it applies to vertical and side-by-side layouts only</source>
      <translation>在当前布局模式下不生效：仅对垂直布局和并排布局生效</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="154" />
      <source>has no effect in this layout mode: use Layout.CustomLayout.Canvas for the custom layout's size</source>
      <translation>在当前布局模式下不生效：自定义布局的尺寸请用 Layout.CustomLayout.Canvas 设置</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="212" />
      <source>has no effect: it applies only when audio and video are both recorded</source>
      <translation>不生效：仅在同时录制音频和视频时生效</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="123" />
      <source>has no effect: only audio is recorded, so there is no video to encode</source>
      <translation>不生效：只录制音频，没有需要编码的视频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/values.py" line="122" />
      <source>holds a lone surrogate ({escape}), which is not Unicode text and cannot be sent as UTF-8</source>
      <translation>包含孤立的代理字符（{escape}），它不是合法的 Unicode 文本，无法以 UTF-8 发送</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="198" />
      <source>holds text that is not Unicode and cannot be sent as UTF-8</source>
      <translation>包含非 Unicode 文本，无法以 UTF-8 发送</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="231" />
      <source>holds {count} entries; at most {max} streams can be excluded</source>
      <translation>包含 {count} 项；最多只能排除 {max} 路流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="233" />
      <source>holds {count} entries; at most {max} streams can be recorded</source>
      <translation>包含 {count} 项；最多只能录制 {max} 路流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine.py" line="437" />
      <source>is a secret kept in the account's keyring; it is filled in when the recording starts</source>
      <translation>是保存在账号密钥环中的密钥；开始录制时自动填入</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="288" />
      <source>is excluded by ExcludeStreams, so it cannot be the main picture</source>
      <translation>已被 ExcludeStreams 排除，不能作为主画面</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="238" />
      <source>is ignored: StorageConfig.Type is {type} ({label}), not {other_type} ({other_label})</source>
      <translation>会被忽略：StorageConfig.Type 为 {type}（{label}），而不是 {other_type}（{other_label}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="189" />
      <source>is not a field of a Mixframe preset</source>
      <translation>不是 Mixframe 预设中的字段</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="191" />
      <source>is not a field the API knows (unknown fields are never dropped silently)</source>
      <translation>不是 API 支持的字段（未知字段不会被悄悄丢弃）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="189" />
      <source>is not a field the API knows; did you mean "{name}"? (unknown fields are never dropped silently)</source>
      <translation>不是 API 支持的字段；你是不是想写“{name}”？（未知字段不会被悄悄丢弃）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="261" />
      <source>is not a valid URL</source>
      <translation>不是有效的 URL</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="292" />
      <source>is not among TargetStreams, so it will not be recorded</source>
      <translation>不在 TargetStreams 中，不会被录制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/qingcloud.py" line="161" />
      <location filename="gui/mixframe/model/volcengine.py" line="449" />
      <source>is not set in this file; give it with {option} when the recording starts</source>
      <translation>此文件中未设置；请在开始录制时用 {option} 指定</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine.py" line="446" />
      <source>is not set in this file; give it with {option} when the recording starts (start makes one up otherwise)</source>
      <translation>此文件中未设置；请在开始录制时用 {option} 指定（不指定时 start 会自动生成一个）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="184" />
      <source>is required</source>
      <translation>为必填项</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="459" />
      <source>is required in the custom layout (LayoutMode 2): give each stream its Region</source>
      <translation>在自定义布局（LayoutMode 为 2）中为必填项：请为每路流设置 Region</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="283" />
      <source>is required in the vertical layout (LayoutMode 1): choose the stream shown large</source>
      <translation>在垂直布局（LayoutMode 为 1）中为必填项：请选择作为大画面显示的流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="233" />
      <source>is required when StorageConfig.Type is {type} ({label})</source>
      <translation>StorageConfig.Type 为 {type}（{label}）时为必填项</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/qingcloud.py" line="163" />
      <location filename="gui/mixframe/model/volcengine.py" line="454" />
      <source>is required: give it with {option}</source>
      <translation>为必填项：请用 {option} 指定</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine.py" line="452" />
      <source>is required: give it with {option} (start makes one up otherwise)</source>
      <translation>为必填项：请用 {option} 指定（不指定时 start 会自动生成一个）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/window_ids.py" line="13" />
      <source>is required: give the account its AppId in Recording &gt; Accounts…</source>
      <translation>为必填项：请在“录制 &gt; 账号…”中为账号填写 AppId</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/window_ids.py" line="22" />
      <source>is required: type a TaskId in the toolbar, or leave it empty and Record makes one up</source>
      <translation>为必填项：请在工具栏中输入 TaskId，或留空由“录制”自动生成</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/window_ids.py" line="14" />
      <source>is required: type the RoomId in the toolbar</source>
      <translation>为必填项：请在工具栏中输入 RoomId</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="299" />
      <source>is used only by the custom layout (LayoutMode 2)</source>
      <translation>仅用于自定义布局（LayoutMode 为 2）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="141" />
      <source>is used only by the vertical layout (LayoutMode 1)</source>
      <translation>仅用于垂直布局（LayoutMode 为 1）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="256" />
      <source>is {length} bytes long; at most {max} bytes are allowed</source>
      <translation>长度为 {length} 字节；最多允许 {max} 字节</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="185" />
      <source>is {length} characters long with its separators; at most {max} are allowed</source>
      <translation>连同分隔符共 {length} 个字符；最多允许 {max} 个</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="202" />
      <location filename="gui/mixframe/model/applies.py" line="207" />
      <source>isAudioOnly and isVideoOnly cannot both be 1: nothing would be recorded</source>
      <translation>isAudioOnly 和 isVideoOnly 不能同时为 1：否则什么都不会录制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="438" />
      <source>lies exactly on top of {other}</source>
      <translation>与 {other} 完全重叠</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine.py" line="413" />
      <source>looks like a masked example value; give the real one when recording</source>
      <translation>看起来是打了掩码的示例值；录制时请填写真实的值</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="221" />
      <source>may contain only letters and digits (the API allows no other characters in a prefix)</source>
      <translation>只能包含字母和数字（API 不允许前缀中出现其他字符）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/fields.py" line="27" />
      <source>may use only letters, digits and _ @ - . and be 1 to 128 characters long</source>
      <translation>只能使用字母、数字和 _ @ - .，长度为 1 到 128 个字符</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="54" />
      <source>must be a colour written as #RRGGBB, from #000000 to #ffffff</source>
      <translation>必须是 #RRGGBB 格式的颜色，取值范围为 #000000 到 #ffffff</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="57" />
      <source>must be a colour written as #RRGGBB, from #000000 to #ffffff (got the text "{value}")</source>
      <translation>必须是 #RRGGBB 格式的颜色，取值范围为 #000000 到 #ffffff（实际为文本“{value}”）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="55" />
      <source>must be a colour written as #RRGGBB, from #000000 to #ffffff (got {value})</source>
      <translation>必须是 #RRGGBB 格式的颜色，取值范围为 #000000 到 #ffffff（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="30" />
      <source>must be a list</source>
      <translation>必须是列表</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="32" />
      <source>must be a list (got the text "{value}")</source>
      <translation>必须是列表（实际为文本“{value}”）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="31" />
      <source>must be a list (got {value})</source>
      <translation>必须是列表（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="21" />
      <source>must be a number</source>
      <translation>必须是数字</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="23" />
      <source>must be a number (got the text "{value}")</source>
      <translation>必须是数字（实际为文本“{value}”）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="22" />
      <source>must be a number (got {value})</source>
      <translation>必须是数字（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="18" />
      <source>must be a whole number</source>
      <translation>必须是整数</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="20" />
      <source>must be a whole number (got the text "{value}")</source>
      <translation>必须是整数（实际为文本“{value}”）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="19" />
      <source>must be a whole number (got {value})</source>
      <translation>必须是整数（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/fields.py" line="73" />
      <source>must be an even number of pixels</source>
      <translation>像素数必须为偶数</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="264" />
      <source>must be an http:// or https:// address of an image</source>
      <translation>必须是以 http:// 或 https:// 开头的图片地址</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="33" />
      <source>must be an object</source>
      <translation>必须是对象</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="35" />
      <source>must be an object (got the text "{value}")</source>
      <translation>必须是对象（实际为文本“{value}”）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="34" />
      <source>must be an object (got {value})</source>
      <translation>必须是对象（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="42" />
      <source>must be at least {bound}</source>
      <translation>必须大于或等于 {bound}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="44" />
      <source>must be at least {bound} (got the text "{value}")</source>
      <translation>必须大于或等于 {bound}（实际为文本“{value}”）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="43" />
      <source>must be at least {bound} (got {value})</source>
      <translation>必须大于或等于 {bound}（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="426" />
      <source>must be at most Canvas.Height ({height}) (got {value})</source>
      <translation>不能超过 Canvas.Height（{height}）（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="422" />
      <source>must be at most Canvas.Width ({width}) (got {value})</source>
      <translation>不能超过 Canvas.Width（{width}）（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="48" />
      <source>must be at most {bound}</source>
      <translation>必须小于或等于 {bound}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="50" />
      <source>must be at most {bound} (got the text "{value}")</source>
      <translation>必须小于或等于 {bound}（实际为文本“{value}”）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="49" />
      <source>must be at most {bound} (got {value})</source>
      <translation>必须小于或等于 {bound}（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="227" />
      <source>must be at most {max} characters long</source>
      <translation>长度不能超过 {max} 个字符</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="39" />
      <source>must be greater than {bound}</source>
      <translation>必须大于 {bound}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="41" />
      <source>must be greater than {bound} (got the text "{value}")</source>
      <translation>必须大于 {bound}（实际为文本“{value}”）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="40" />
      <source>must be greater than {bound} (got {value})</source>
      <translation>必须大于 {bound}（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="36" />
      <source>must be in {range}</source>
      <translation>取值范围为 {range}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="38" />
      <source>must be in {range} (got the text "{value}")</source>
      <translation>取值范围为 {range}（实际为文本“{value}”）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="37" />
      <source>must be in {range} (got {value})</source>
      <translation>取值范围为 {range}（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="417" />
      <source>must be less than Canvas.Height ({height}), so the region starts on the canvas (got {value})</source>
      <translation>必须小于 Canvas.Height（{height}），使区域的起点落在画布内（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="412" />
      <source>must be less than Canvas.Width ({width}), so the region starts on the canvas (got {value})</source>
      <translation>必须小于 Canvas.Width（{width}），使区域的起点落在画布内（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="45" />
      <source>must be less than {bound}</source>
      <translation>必须小于 {bound}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="47" />
      <source>must be less than {bound} (got the text "{value}")</source>
      <translation>必须小于 {bound}（实际为文本“{value}”）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="46" />
      <source>must be less than {bound} (got {value})</source>
      <translation>必须小于 {bound}（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="51" />
      <source>must be one of {choices}</source>
      <translation>必须是以下取值之一：{choices}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="53" />
      <source>must be one of {choices} (got the text "{value}")</source>
      <translation>必须是以下取值之一：{choices}（实际为文本“{value}”）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="52" />
      <source>must be one of {choices} (got {value})</source>
      <translation>必须是以下取值之一：{choices}（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="24" />
      <source>must be text</source>
      <translation>必须是文本</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="26" />
      <source>must be text (got the text "{value}")</source>
      <translation>必须是文本（实际为文本“{value}”）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="25" />
      <source>must be text (got {value})</source>
      <translation>必须是文本（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="27" />
      <source>must be true or false</source>
      <translation>必须是 true 或 false</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="29" />
      <source>must be true or false (got the text "{value}")</source>
      <translation>必须是 true 或 false（实际为文本“{value}”）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="28" />
      <source>must be true or false (got {value})</source>
      <translation>必须是 true 或 false（实际为 {value}）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="237" />
      <source>must hold at least 1 entry</source>
      <translation>至少需要包含 1 项</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="238" />
      <source>must hold at least {min} entries</source>
      <translation>至少需要包含 {min} 项</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/pydantic_errors.py" line="225" />
      <source>must not be empty</source>
      <translation>不能为空</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="268" />
      <source>must point to a JPG, JPEG or PNG image</source>
      <translation>必须指向 JPG、JPEG 或 PNG 格式的图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/values.py" line="37" />
      <source>names {name}, a picture of {width}×{height} pixels, more than the {limit} million pixels a picture may have; it was not drawn</source>
      <translation>指向 {name}，这张图片为 {width}×{height} 像素，超过单张图片允许的 {limit} 百万像素；未绘制该图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/values.py" line="34" />
      <source>names {name}, which is larger than {cap}; it was not drawn</source>
      <translation>指向 {name}，该文件大于 {cap}；未绘制该图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/values.py" line="35" />
      <source>names {name}, which is not a picture Mixframe can read; it was not drawn</source>
      <translation>指向 {name}，它不是 Mixframe 能读取的图片；未绘制该图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/values.py" line="33" />
      <source>names {name}, which is not a regular file; it was not drawn</source>
      <translation>指向 {name}，它不是普通文件；未绘制该图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/values.py" line="39" />
      <source>names {name}, whose {width}×{height} pixels would take this document's pictures past {limit} million pixels together; it was not drawn</source>
      <translation>指向 {name}，其 {width}×{height} 像素会使本文档的图片合计超过 {limit} 百万像素；未绘制该图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="385" />
      <source>no stream in TargetStreams.StreamList has Index {index}</source>
      <translation>TargetStreams.StreamList 中没有 Index 为 {index} 的流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="505" />
      <source>only custom-layout tasks (LayoutMode 2) can be updated</source>
      <translation>只有自定义布局（LayoutMode 为 2）的任务才能更新</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="105" />
      <source>only normal (camera) streams can be excluded; screen streams cannot</source>
      <translation>只能排除普通流（摄像头）；不能排除屏幕流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="432" />
      <source>reaches past the canvas edge ({geometry} on {canvas}); the part outside is cut off</source>
      <translation>超出了画布边缘（{geometry}，画布为 {canvas}）；超出部分会被裁掉</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="392" />
      <source>stream Index {index} (user "{user}") has no Region; the custom layout needs one Region per stream</source>
      <translation>Index 为 {index} 的流（用户“{user}”）没有对应的 Region；自定义布局要求每路流对应一个 Region</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="397" />
      <source>stream Index {index} has no Region; the custom layout needs one Region per stream</source>
      <translation>Index 为 {index} 的流没有对应的 Region；自定义布局要求每路流对应一个 Region</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="378" />
      <source>stream {index} already has {other}; each stream gets one Region</source>
      <translation>流 {index} 已有 {other}；每路流只能对应一个 Region</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="124" />
      <source>the API documentation does not list this field among those you can set; the service may ignore it</source>
      <translation>API 文档未将此字段列为可设置的参数；服务端可能会忽略它</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="456" />
      <source>the crop reaches past the bottom edge of the source frame</source>
      <translation>裁剪范围超出了源画面的下边缘</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="453" />
      <source>the crop reaches past the right edge of the source frame</source>
      <translation>裁剪范围超出了源画面的右边缘</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/qingcloud.py" line="201" />
      <source>the query window may span at most {hours} hours</source>
      <translation>查询时间范围最多为 {hours} 小时</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine.py" line="383" />
      <source>the request body must be a JSON object</source>
      <translation>请求体必须是 JSON 对象</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/qingcloud.py" line="148" />
      <source>the request must be a JSON object</source>
      <translation>请求必须是 JSON 对象</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="109" />
      <source>the stream of user "{user}" is also in TargetStreams; a stream cannot be both recorded and excluded</source>
      <translation>用户“{user}”的流同时在 TargetStreams 中；一路流不能既录制又排除</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/preset.py" line="213" />
      <source>this file holds a secret; Mixframe keeps it out of every file it writes (store it in the keyring instead)</source>
      <translation>此文件包含密钥；Mixframe 写出的文件中都不会包含它（请改为保存在密钥环中）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/values.py" line="132" />
      <source>this key holds a lone surrogate ({escape}), which is not Unicode text</source>
      <translation>此键名包含孤立的代理字符（{escape}），它不是合法的 Unicode 文本</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="173" />
      <source>uploading while recording works only for HLS files: add HLS to FileFormatConfig.FileFormat</source>
      <translation>边录边传仅支持 HLS 文件：请在 FileFormatConfig.FileFormat 中加入 HLS</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="149" />
      <source>with EnableSyncUpload the {variable} variable is always 0</source>
      <translation>开启 EnableSyncUpload 时，{variable} 变量始终为 0</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="184" />
      <source>{formats} files are produced only when audio alone is encoded</source>
      <translation>只有仅编码音频时才会生成 {formats} 文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="164" />
      <source>{format} is listed twice</source>
      <translation>{format} 重复出现</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/volcengine_rules.py" line="192" />
      <source>{variable} is not a known variable and will stay as literal text (known: {known})</source>
      <translation>{variable} 不是已知变量，会按原样保留为文字（已知变量：{known}）</translation>
    </message>
  </context>
  <context>
    <name>ProblemsList</name>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="44" />
      <source>, </source>
      <translation>，</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="41" />
      <source>1 error</source>
      <translation>1 个错误</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="43" />
      <source>1 warning</source>
      <translation>1 个警告</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="98" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="44" />
      <source>No problems</source>
      <translation>没有问题</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="128" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="98" />
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="99" />
      <source>{kind}: {problem}</source>
      <translation>{kind}：{problem}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="41" />
      <source>{n} errors</source>
      <translation>{n} 个错误</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="43" />
      <source>{n} warnings</source>
      <translation>{n} 个警告</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/problems.py" line="90" />
      <source>…and {n} more, not listed: fix the ones above first.</source>
      <translation>……另有 {n} 条未列出：请先修正上面这些。</translation>
    </message>
  </context>
  <context>
    <name>Recording</name>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="516" />
      <source> ({n} warnings)</source>
      <translation>（{n} 个警告）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="142" />
      <source>, stopped: {reason}</source>
      <translation>，停止原因：{reason}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="995" />
      <source>A recording is running</source>
      <translation>录制正在进行</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="73" />
      <source>A running recording cannot change this: UpdateRecord changes only the streams, the regions and the canvas background. Stop the recording to edit it.</source>
      <translation>录制进行中，无法修改此项：UpdateRecord 只能更改流、区域和画布背景。请先停止录制再编辑。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="267" />
      <source>Account</source>
      <translation>账号</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="348" />
      <source>Accounts</source>
      <translation>账号</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="325" />
      <source>Accounts cannot be read</source>
      <translation>无法读取账号</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="252" />
      <source>Accounts…</source>
      <translation>账号…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="253" />
      <source>Add, edit and remove the accounts recordings are made with</source>
      <translation>添加、编辑和删除用于录制的账号</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="512" />
      <location filename="gui/mixframe/ui/recording.py" line="703" />
      <location filename="gui/mixframe/ui/recording.py" line="901" />
      <source>Applied</source>
      <translation>已应用</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="701" />
      <source>Applying…</source>
      <translation>应用中…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="466" />
      <location filename="gui/mixframe/ui/recording.py" line="472" />
      <source>Cannot record</source>
      <translation>无法录制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="742" />
      <source>Check the request and start recording it (Ctrl+R)</source>
      <translation>检查请求并开始录制（Ctrl+R）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="467" />
      <source>Choose the account to record with in the toolbar (Recording &gt; Accounts… adds one).</source>
      <translation>请在工具栏中选择用于录制的账号（可通过“录制 &gt; 账号…”添加）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="165" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="167" />
      <source>Copy the list: object key, duration (ms) and size (bytes), one file a line</source>
      <translation>复制列表：每行一个文件，依次为对象键、时长（毫秒）和大小（字节）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="151" />
      <source>Duration</source>
      <translation>时长</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="699" />
      <source>Edited…</source>
      <translation>已编辑…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="255" />
      <source>Every recording started from this computer, with its files; stop or reattach to one still running</source>
      <translation>从这台电脑启动的每个录制及其文件；可停止或重新接管仍在运行的录制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="910" />
      <source>Following the recording {task} in room {room} again</source>
      <translation>已重新接管房间 {room} 中的录制 {task}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="699" />
      <source>Layout edits go to the recording a moment after the last one.</source>
      <translation>最后一次编辑片刻之后，布局修改会同步到正在进行的录制。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="1003" />
      <source>Leave it running and quit</source>
      <translation>保持录制并退出</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="349" />
      <source>Managing accounts in the window is not available in this version yet; use “mixframe account add” on the command line.</source>
      <translation>当前版本暂不支持在窗口中管理账号；请在命令行中使用“mixframe account add”。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="993" />
      <source>Mixframe quits once the recording has stopped…</source>
      <translation>录制停止后 Mixframe 将退出…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="333" />
      <source>No account: Recording &gt; Accounts…</source>
      <translation>没有账号：录制 &gt; 账号…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="710" />
      <source>Not applied: {problem}</source>
      <translation>未应用：{problem}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="718" />
      <source>Not applied: {reason}</source>
      <translation>未应用：{reason}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="481" />
      <source>Nothing was sent: fix the problems listed first.</source>
      <translation>未发送任何请求：请先修复列出的问题。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="151" />
      <source>Object key</source>
      <translation>对象键</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="304" />
      <source>Re&amp;cording</source>
      <translation>录制(&amp;C)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="251" />
      <location filename="gui/mixframe/ui/recording.py" line="739" />
      <source>Record</source>
      <translation>开始录制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="132" />
      <source>Recorded files</source>
      <translation>录制文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="262" />
      <source>Recording toolbar</source>
      <translation>录制工具栏</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="515" />
      <source>Recording {task} in room {room}</source>
      <translation>正在录制房间 {room} 的任务 {task}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="254" />
      <source>Recordings…</source>
      <translation>录制记录…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="273" />
      <location filename="gui/mixframe/ui/recording.py" line="274" />
      <source>RoomId</source>
      <translation>RoomId</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="392" />
      <source>Sandbox {where} at {url}</source>
      <translation>沙盒{where}，地址：{url}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="151" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="761" />
      <source>Started</source>
      <translation>已启动</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="496" />
      <source>Starting the recording…</source>
      <translation>正在启动录制…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="755" />
      <location filename="gui/mixframe/ui/recording.py" line="760" />
      <source>Starting…</source>
      <translation>正在启动…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="629" />
      <location filename="gui/mixframe/ui/recording.py" line="647" />
      <source>State unknown</source>
      <translation>状态未知</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="141" />
      <source>Status: {name}</source>
      <translation>任务状态：{name}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="739" />
      <source>Stop</source>
      <translation>停止录制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="741" />
      <source>Stop the recording (Ctrl+R)</source>
      <translation>停止录制（Ctrl+R）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="1001" />
      <source>Stop the recording and quit</source>
      <translation>停止录制并退出</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="869" />
      <source>Stop the recording this window follows first: it follows one at a time.</source>
      <translation>请先停止本窗口正在跟踪的录制：窗口一次只跟踪一个录制。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="767" />
      <source>Stopped</source>
      <translation>已停止</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="558" />
      <location filename="gui/mixframe/ui/recording.py" line="984" />
      <source>Stopping the recording…</source>
      <translation>正在停止录制…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="763" />
      <source>Stopping…</source>
      <translation>正在停止…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="774" />
      <source>Task {task} · Room {room}</source>
      <translation>任务 {task} · 房间 {room}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="282" />
      <location filename="gui/mixframe/ui/recording.py" line="284" />
      <location filename="gui/mixframe/ui/recording.py" line="450" />
      <source>TaskId</source>
      <translation>TaskId</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="268" />
      <source>The account the recording is made with</source>
      <translation>用于录制的账号</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="854" />
      <source>The account {account} this recording was started with is not in Recording &gt; Accounts… any more; add it again to follow or stop the recording.</source>
      <translation>启动此录制所用的账号 {account} 已不在“录制 &gt; 账号…”中；请重新添加该账号，才能跟踪或停止此录制。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="565" />
      <location filename="gui/mixframe/ui/recording.py" line="957" />
      <source>The file list is not known yet: {reason}</source>
      <translation>暂时无法获取文件列表：{reason}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="903" />
      <source>The open document does not show this recording's layout: its edits are not sent to the recording.</source>
      <translation>当前打开的文档不是此录制的布局：对它的编辑不会发送到此录制。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="980" />
      <source>The recording could not be stopped.</source>
      <translation>无法停止录制。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="536" />
      <source>The recording did not start</source>
      <translation>开始录制失败</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="579" />
      <source>The recording did not stop</source>
      <translation>停止录制失败</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="634" />
      <source>The recording ended on the service: {line}</source>
      <translation>录制已在服务端结束：{line}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="996" />
      <source>The recording {task} in room {room} is still running. Stop it before quitting?</source>
      <translation>房间 {room} 的录制任务 {task} 仍在进行。要在退出前停止录制吗？</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="283" />
      <source>The recording's TaskId: a fresh one is proposed; you may type your own</source>
      <translation>录制任务的 TaskId：已自动生成一个新的，也可以自行输入</translation>
    </message>
    <message>
      <location filename="gui/mixframe/recording/errors.py" line="27" />
      <source>The request breaks a rule, so nothing was sent: {problem}</source>
      <translation>请求不符合规则，因此未发送：{problem}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="275" />
      <source>The room to record (RoomId; QingCloud's channel)</source>
      <translation>要录制的房间（RoomId；即青云的频道）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="396" />
      <source>The sandbox could not start: {reason}</source>
      <translation>沙盒无法启动：{reason}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="1000" />
      <source>The sandbox runs inside Mixframe: its recordings end when Mixframe quits.</source>
      <translation>沙盒运行在 Mixframe 内部：Mixframe 退出后，沙盒中的录制也会结束。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="161" />
      <source>The service does not report this for its files.</source>
      <translation>服务不报告其文件的这项信息。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="146" />
      <source>The service lists no files for this task yet.</source>
      <translation>服务端尚未列出此任务的录制文件。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="705" />
      <source>This document is for another service: the recording keeps its layout.</source>
      <translation>此文档属于另一个云服务商：录制将保持原有布局。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="472" />
      <source>Type the RoomId of the room to record in the toolbar.</source>
      <translation>请在工具栏中输入要录制房间的 RoomId。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="391" />
      <source>already running</source>
      <translation>已在运行</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="450" />
      <source>given by the service</source>
      <translation>由服务端分配</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="391" />
      <source>started in Mixframe</source>
      <translation>已在 Mixframe 中启动</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="329" />
      <source>{name} (local emulator)</source>
      <translation>{name}（本地模拟服务）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recording.py" line="98" />
      <source>{n} bytes</source>
      <translation>{n} 字节</translation>
    </message>
  </context>
  <context>
    <name>Recordings</name>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="124" />
      <source>&amp;Copy</source>
      <translation>复制(&amp;C)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="121" />
      <source>&amp;Forget</source>
      <translation>忘记(&amp;F)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="116" />
      <source>&amp;Reattach</source>
      <translation>重新接管(&amp;R)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="119" />
      <source>&amp;Stop</source>
      <translation>停止(&amp;S)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="95" />
      <source>Account</source>
      <translation>账号</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="125" />
      <source>Copy the task's ids, times, state and files</source>
      <translation>复制任务的 ID、时间、状态和文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="168" />
      <source>Every recording started from this computer, the newest first.</source>
      <translation>从这台电脑启动的每个录制，最新的在前。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="96" />
      <source>Files</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="117" />
      <source>Follow this recording in the window again: its state, its layout updates and Stop</source>
      <translation>在窗口中重新跟踪此录制：状态、布局更新和停止</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="169" />
      <source>No recording has been started from this computer yet.</source>
      <translation>这台电脑还没有启动过录制。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="36" />
      <source>QingCloud</source>
      <translation>青云</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="87" />
      <source>Recordings</source>
      <translation>录制记录</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="87" />
      <source>Recordings still running</source>
      <translation>仍在运行的录制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="122" />
      <source>Remove it from this list; a recording still running on the service goes on (and is billed)</source>
      <translation>从列表中移除；服务上仍在运行的录制会继续（并继续计费）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="95" />
      <source>Room</source>
      <translation>房间</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="95" />
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="96" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="120" />
      <source>Stop this recording on the service and show its files</source>
      <translation>在服务上停止此录制并显示其文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="95" />
      <source>Task</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="164" />
      <source>These recordings were still running when Mixframe last stopped following them (a crash, “leave it running”, or the command line). A running cloud recording is billed: reattach to follow it here, stop it, or forget it.</source>
      <translation>Mixframe 上次停止跟踪这些录制时，它们仍在运行（程序崩溃、选择了“保持运行”，或由命令行启动）。运行中的云端录制会计费：可以重新接管以在此跟踪、停止它，或忘记它。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="95" />
      <source>Vendor</source>
      <translation>服务商</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="36" />
      <source>Volcengine</source>
      <translation>火山引擎</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="45" />
      <source>ended</source>
      <translation>已结束</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="46" />
      <source>failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="47" />
      <source>not started</source>
      <translation>未启动</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="43" />
      <source>running</source>
      <translation>运行中</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="42" />
      <source>starting (no answer yet)</source>
      <translation>启动中（尚无应答）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/recordings.py" line="44" />
      <source>stopped</source>
      <translation>已停止</translation>
    </message>
  </context>
  <context>
    <name>RequestDocument</name>
    <message>
      <location filename="gui/mixframe/ui/request_document.py" line="162" />
      <source>Change layout mode</source>
      <translation>修改布局模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/request_document.py" line="158" />
      <source>Change {field}</source>
      <translation>修改 {field}</translation>
    </message>
  </context>
  <context>
    <name>RequestForms</name>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="294" />
      <source>0 (adaptive)</source>
      <translation>0（自适应码率）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="285" />
      <source>0 (no limit)</source>
      <translation>0（不限制）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="152" />
      <source>A custom layout records at its canvas size (Canvas width and height in the inspector).</source>
      <translation>自定义布局按画布尺寸录制（在“属性”面板中设置画布的宽度和高度）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="373" />
      <source>Access key</source>
      <translation>AccessKey</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="363" />
      <source>Account ID</source>
      <translation>账号 ID</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="446" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="647" />
      <source>Add an excluded stream</source>
      <translation>添加黑名单流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="587" />
      <source>Add stream</source>
      <translation>添加流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="188" />
      <source>Allowed: {range}</source>
      <translation>取值范围：{range}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="211" />
      <source>Applies only when audio and video are both recorded.</source>
      <translation>仅在同时录制音频和视频时生效。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="196" />
      <source>Applies to mixed recording (is_mixing_enabled 1) only.</source>
      <translation>仅对合流录制（is_mixing_enabled 为 1）生效。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="159" />
      <source>Applies to single-stream recording (RecordMode 1) only.</source>
      <translation>仅对单流录制（RecordMode 为 1）生效。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="297" />
      <source>Audio</source>
      <translation>音频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="392" />
      <source>Audio and video files</source>
      <translation>文件混合模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="390" />
      <source>Audio only</source>
      <translation>仅录制音频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="201" />
      <source>Audio only is on: a recording cannot be both audio only and video only.</source>
      <translation>已开启“仅录制音频”：不能同时仅录制音频又仅录制视频。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="294" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="300" />
      <source>Bitrate (kbps)</source>
      <translation>码率（kbps）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="370" />
      <source>Bucket</source>
      <translation>存储桶</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="275" />
      <source>Camera streams in the room that are not recorded. The recorded streams are in the Streams panel.</source>
      <translation>房间内不录制的普通音视频流（摄像头）。要录制的流在“流”面板中。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="411" />
      <source>Change layout mode</source>
      <translation>修改布局模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="146" />
      <source>Change {field}</source>
      <translation>修改{field}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="302" />
      <source>Channels</source>
      <translation>声道数</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="429" />
      <source>Choose a stream…</source>
      <translation>选择一路流…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="438" />
      <source>Choose the main picture</source>
      <translation>选择主画面</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="420" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="419" />
      <source>Clear {field}</source>
      <translation>清除{field}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="295" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="298" />
      <source>Codec</source>
      <translation>编码协议</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="280" />
      <source>Control</source>
      <translation>高级配置</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="193" />
      <source>Default: {value}</source>
      <translation>默认值：{value}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="289" />
      <source>Encode</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="339" />
      <source>Example</source>
      <translation>示例</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="333" />
      <source>Example file name</source>
      <translation>示例文件名</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="273" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="274" />
      <source>Excluded streams</source>
      <translation>黑名单（不录制的流）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="305" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="310" />
      <source>File name</source>
      <translation>文件名</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="282" />
      <source>Fill gaps with</source>
      <translation>补帧模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="264" />
      <source>Fill in the main picture from one of the recorded streams</source>
      <translation>从录制的流中选一路作为主画面</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="311" />
      <source>Folders</source>
      <translation>前缀（文件夹）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="306" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="307" />
      <source>Formats</source>
      <translation>文件格式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="293" />
      <source>Frame rate (fps)</source>
      <translation>帧率（fps）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="266" />
      <source>From streams</source>
      <translation>从流中选择</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="165" />
      <source>Has no effect in the automatic layouts; it applies to the custom layout and to single-stream recording.</source>
      <translation>在自动布局下不生效；仅对自定义布局和单流录制生效。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="292" />
      <source>Height (px)</source>
      <translation>高度（像素）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="284" />
      <source>Idle timeout (s)</source>
      <translation>空闲超时（秒）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="627" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="271" />
      <source>Index</source>
      <translation>Index</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="406" />
      <source>Insert {variable}</source>
      <translation>插入 {variable}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="323" />
      <source>Insert {variable} at the cursor</source>
      <translation>在光标处插入 {variable}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="296" />
      <source>Keyframe interval (s)</source>
      <translation>关键帧间隔（秒）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="258" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="385" />
      <source>Layout</source>
      <translation>布局模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="183" />
      <source>MP3, AAC and M4A files are made only when audio alone is recorded.</source>
      <translation>只有在仅录制音频时才会生成 MP3、AAC 和 M4A 文件。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="260" />
      <source>Main picture (vertical layout)</source>
      <translation>主画面（垂直布局）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="285" />
      <source>Max duration (s)</source>
      <translation>最大录制时长（秒）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="283" />
      <source>Max interruption (s)</source>
      <translation>最大中断时间（秒）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="389" />
      <source>Media</source>
      <translation>媒体</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="256" />
      <source>Mode</source>
      <translation>模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="190" />
      <source>Must be an even number.</source>
      <translation>必须是偶数。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="429" />
      <source>No streams yet</source>
      <translation>还没有流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="584" />
      <source>None excluded.</source>
      <translation>黑名单为空。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="543" />
      <source>Not set: the service records {formats}.</source>
      <translation>未设置：服务端默认录制为 {formats}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="121" />
      <source>Only audio is recorded (audio-only subscription, or every region mixes audio only), so there is no video to encode.</source>
      <translation>只录制音频（订阅纯音频，或所有区域都只混入音频），没有需要编码的视频。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="140" />
      <source>Only the vertical layout (LayoutMode 1) has a main picture.</source>
      <translation>只有垂直布局（LayoutMode 为 1）才有主画面。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="313" />
      <source>Pattern</source>
      <translation>文件名模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="263" />
      <source>Pick from the streams</source>
      <translation>从流中选择</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="453" />
      <source>Prefix + Pattern + 8 random characters, cut at {length} characters with ~.</source>
      <translation>前缀 + 文件名模式 + 8 位随机字符，超过 {length} 个字符时截断并以 ~ 标记。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="299" />
      <source>Profile</source>
      <translation>规格</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="393" />
      <source>Project</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="394" />
      <source>Project ID</source>
      <translation>项目 ID</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="397" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="398" />
      <source>Project key</source>
      <translation>项目密钥</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="257" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="384" />
      <source>Record mode</source>
      <translation>录制模式</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="255" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="382" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="383" />
      <source>Recording</source>
      <translation>录制</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="364" />
      <source>Region code</source>
      <translation>地域代码</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="448" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="656" />
      <source>Remove an excluded stream</source>
      <translation>移除黑名单流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="631" />
      <location filename="gui/mixframe/ui/forms/editors.py" line="632" />
      <source>Remove this stream</source>
      <translation>移除这路流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="455" />
      <source>Sample ids, start time and duration.</source>
      <translation>示例中的 ID、开始时间和时长均为样例。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="301" />
      <source>Sample rate</source>
      <translation>采样率</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="373" />
      <source>Secret key</source>
      <translation>SecretKey</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="368" />
      <source>Set file extension</source>
      <translation>自动设置扩展名</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="127" />
      <source>Single-stream recording (RecordMode 1) has no layout: this applies to mixed recording only.</source>
      <translation>单流录制（RecordMode 为 1）没有布局：此项仅对合流录制生效。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="134" />
      <source>Single-stream recording keeps each stream's own resolution.</source>
      <translation>单流录制保持每路流的原始分辨率。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="366" />
      <source>Space</source>
      <translation>点播空间</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="346" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="347" />
      <source>Storage</source>
      <translation>存储</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="367" />
      <source>Storage class</source>
      <translation>存储类型</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="348" />
      <source>Store in</source>
      <translation>存储平台</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="281" />
      <source>Subscribe to</source>
      <translation>订阅流类型</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="145" />
      <source>The adaptive layout ignores the output size: it applies to the vertical and side-by-side layouts.</source>
      <translation>自适应布局会忽略输出尺寸：此项仅对垂直布局和并排布局生效。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="387" />
      <source>The output resolution and audio profile of a mixed recording are set per app in QingCloud's console.</source>
      <translation>合流录制的输出分辨率和音频属性需在青云控制台中按应用设置。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="626" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="270" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="286" />
      <source>Upload while recording</source>
      <translation>边录制边上传</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="171" />
      <source>Uploading while recording works only for HLS files: add HLS to the file formats.</source>
      <translation>边录制边上传仅对 HLS 文件有效：请在文件格式中添加 HLS。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="357" />
      <source>Use the default</source>
      <translation>使用默认值</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="624" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="267" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="625" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="267" />
      <source>UserId</source>
      <translation>UserId</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="178" />
      <source>VOD storage ignores the prefix.</source>
      <translation>视频点播 VOD 存储会忽略前缀。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="451" />
      <source>VOD: Pattern + 8 random characters; the prefix is ignored.</source>
      <translation>VOD：文件名模式 + 8 位随机字符；前缀会被忽略。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="361" />
      <source>Vendor</source>
      <translation>第三方平台</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="290" />
      <source>Video</source>
      <translation>视频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="391" />
      <source>Video only</source>
      <translation>仅录制视频</translation>
    </message>
    <message>
      <location filename="gui/mixframe/model/applies.py" line="206" />
      <source>Video only is on: a recording cannot be both audio only and video only.</source>
      <translation>已开启“仅录制视频”：不能同时仅录制音频又仅录制视频。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="386" />
      <source>Video stream</source>
      <translation>视频流类型</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="291" />
      <source>Width (px)</source>
      <translation>宽度（像素）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="300" />
      <source>automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/panel.py" line="374" />
      <location filename="gui/mixframe/ui/forms/panel.py" line="395" />
      <source>kept in the account's keyring (Accounts…)</source>
      <translation>保存在系统密钥环中（账号…）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="306" />
      <location filename="gui/mixframe/ui/forms/editors.py" line="360" />
      <source>not set</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/forms/editors.py" line="360" />
      <source>{value} (default)</source>
      <translation>{value}（默认）</translation>
    </message>
  </context>
  <context>
    <name>RequestPreview</name>
    <message>
      <location filename="gui/mixframe/ui/request_preview.py" line="153" />
      <source>Not sendable yet: {problem} (and {n} more). Showing the request as written, secrets masked.</source>
      <translation>暂不可发送：{problem}（另有 {n} 个问题）。下面是当前填写的请求，密钥已脱敏。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/request_preview.py" line="152" />
      <source>Not sendable yet: {problem}. Showing the request as written, secrets masked.</source>
      <translation>暂不可发送：{problem}。下面是当前填写的请求，密钥已脱敏。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/request_preview.py" line="46" />
      <source>Request body</source>
      <translation>请求体</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/request_preview.py" line="149" />
      <source>The body that would be sent. Secrets are masked.</source>
      <translation>将要发送的请求体，密钥已脱敏。</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <location filename="gui/mixframe/session.py" line="217" />
      <source>Account {account} is for {vendor}, but the request is for {request_vendor}.</source>
      <translation>账号 {account} 属于 {vendor}，但请求是发给 {request_vendor} 的。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/drivers/volcengine.py" line="33" />
      <source>Only a custom layout (LayoutMode 2) takes layout updates while recording; this task started with an automatic layout.</source>
      <translation>录制中只有自定义布局（LayoutMode 2）可以更新布局；此任务以自动布局启动。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/drivers/volcengine.py" line="30" />
      <source>Only a mixed recording (RecordMode 0) takes layout updates; this one records single streams.</source>
      <translation>只有合流录制（RecordMode 0）可以更新布局；此任务是单流录制。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/drivers/qingcloud.py" line="45" />
      <source>QingCloud recordings have no update call: their layout is a fixed server-side mode.</source>
      <translation>青云录制没有更新接口：其布局是服务端的固定模式。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/drivers/qingcloud.py" line="84" />
      <source>Stopping a QingCloud recording needs its project_id.</source>
      <translation>停止青云录制需要其 project_id。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/session.py" line="578" />
      <source>The keys, the clock and the endpoint work: the service answered a signed question (the service does not know the AppId; check it).</source>
      <translation>密钥、时钟和端点均正常：服务应答了一个签名请求（但服务不认识此 AppId，请检查）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/session.py" line="595" />
      <source>The keys, the clock and the endpoint work: the service answered a signed question.</source>
      <translation>密钥、时钟和端点均正常：服务应答了一个签名请求。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/session.py" line="587" />
      <source>{sentence} ({code})</source>
      <translation>{sentence}（{code}）</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="gui/mixframe/qtstart.py" line="68" />
      <source>mixframe: QT_QPA_PLATFORM names the Qt platform {platform}, which this Qt does not have; use one of: {available}.</source>
      <translation>mixframe：QT_QPA_PLATFORM 指定的 Qt 平台 {platform} 在此 Qt 中不存在；请改用以下之一：{available}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/qtstart.py" line="71" />
      <source>mixframe: Qt could not start its {platform} platform, so the window cannot open; install the system libraries the window needs (on Debian or Ubuntu: sudo apt-get install {packages}).</source>
      <translation>mixframe：Qt 无法启动其 {platform} 平台，因此窗口无法打开；请安装窗口所需的系统库（Debian 或 Ubuntu 上：sudo apt-get install {packages}）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/qtstart.py" line="61" />
      <source>mixframe: Qt for Python (PySide6) is not installed in this Python; install Mixframe with its dependencies (python -m pip install -e . in its venv) and start it again.</source>
      <translation>mixframe：此 Python 中未安装 Qt for Python（PySide6）；请连同依赖一起安装 Mixframe（在其 venv 中运行 python -m pip install -e .）后重新启动。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/qtstart.py" line="55" />
      <source>mixframe: Qt needs the system library {library}, which is missing here; install it (on Debian or Ubuntu: sudo apt-get install {package}) and start Mixframe again.</source>
      <translation>mixframe：Qt 需要系统库 {library}，但本机缺少该库；请安装它（Debian 或 Ubuntu 上：sudo apt-get install {package}）后重新启动 Mixframe。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/qtstart.py" line="58" />
      <source>mixframe: Qt needs the system library {library}, which is missing here; install the package that holds it and start Mixframe again.</source>
      <translation>mixframe：Qt 需要系统库 {library}，但本机缺少该库；请安装提供该库的软件包后重新启动 Mixframe。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/qtstart.py" line="64" />
      <source>mixframe: the window cannot open: Qt's {platform} platform could not connect to the display {display} (start it in a desktop session, or set {variable}); the commands validate, request, render, start, update, stop, status, sandbox and account work without one.</source>
      <translation>mixframe：窗口无法打开：Qt 的 {platform} 平台无法连接到显示器 {display}（请在桌面会话中启动，或设置 {variable}）；validate、request、render、start、update、stop、status、sandbox 和 account 命令无需显示器即可使用。</translation>
    </message>
  </context>
  <context>
    <name>StreamsPanel</name>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="245" />
      <source>A UserId may use only letters, digits and _ @ - . and is 1 to 128 characters long.</source>
      <translation>UserId 只能包含字母、数字和 _ @ - .，长度为 1 到 128 个字符。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="184" />
      <source>A recording can mix at most {limit} streams; remove one to add another.</source>
      <translation>一次录制最多可混合 {limit} 路流；请先移除一路再添加。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="80" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="182" />
      <source>Add a stream to record</source>
      <translation>添加一路要录制的流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="248" />
      <source>Another stream already uses Index {index}.</source>
      <translation>另一路流已在使用 Index {index}。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="42" />
      <source>Camera</source>
      <translation>摄像头</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="130" />
      <source>Choose image…</source>
      <translation>选择图片…</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="134" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="94" />
      <source>Image</source>
      <translation>图片</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="266" />
      <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
      <translation>图片 (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="128" />
      <location filename="gui/mixframe/ui/streams.py" line="94" />
      <source>Index</source>
      <translation>Index</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="112" />
      <source>Letters, digits and _ @ - . only</source>
      <translation>仅限字母、数字和 _ @ - .</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="139" />
      <source>Placeholder</source>
      <translation>占位图</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="266" />
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
      <location filename="gui/mixframe/ui/streams.py" line="132" />
      <source>Show a local picture in this stream's region (only in the editor)</source>
      <translation>在此流的区域中显示本地图片（仅在编辑器中）</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="93" />
      <source>Streams</source>
      <translation>流</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="178" />
      <source>Streams: {count} / {limit}</source>
      <translation>流：{count} / {limit}</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="251" />
      <source>This user's {type} stream is already in the list.</source>
      <translation>该用户的{type}流已在列表中。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="120" />
      <location filename="gui/mixframe/ui/streams.py" line="94" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/streams.py" line="114" />
      <location filename="gui/mixframe/ui/streams.py" line="94" />
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
    <name>WindowWords</name>
    <message>
      <location filename="gui/mixframe/ui/window_words.py" line="51" />
      <source>A QingCloud start needs the project's sign_key: choose an account that keeps it (Recording &gt; Accounts…).</source>
      <translation>启动青云录制需要项目的 sign_key：请选择保存了它的账号（录制 &gt; 账号…）。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/window_words.py" line="58" />
      <source>No keyring is available to keep account keys (Mixframe never writes them to a file): install and start GNOME Keyring (gnome-keyring) or KWallet, then try again.</source>
      <translation>没有可用于保存账号密钥的密钥环（Mixframe 从不把密钥写入文件）：请安装并启动 GNOME Keyring（gnome-keyring）或 KWallet，然后重试。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/window_words.py" line="45" />
      <source>The account's endpoint is empty: type it in Recording &gt; Accounts…, or leave it empty there to use the vendor's public endpoint.</source>
      <translation>账号的接入地址为空：请在“录制 &gt; 账号…”中填写，或在那里留空以使用服务商的公共接入地址。</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/window_words.py" line="41" />
      <source>The endpoint {endpoint} must not carry a user name or password: type the keys in the account's key fields in Recording &gt; Accounts…</source>
      <translation>接入地址 {endpoint} 不能包含用户名或密码：请在“录制 &gt; 账号…”中账号的密钥栏填写密钥</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/window_words.py" line="36" />
      <source>The request carried no credentials: set this account's keys in Recording &gt; Accounts…</source>
      <translation>请求未携带凭据：请在“录制 &gt; 账号…”中设置此账号的密钥</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/window_words.py" line="38" />
      <source>The request carried no signature: set this account's keys in Recording &gt; Accounts…</source>
      <translation>请求未携带签名：请在“录制 &gt; 账号…”中设置此账号的密钥</translation>
    </message>
    <message>
      <location filename="gui/mixframe/ui/window_words.py" line="32" />
      <source>This account has no keys: set them in Recording &gt; Accounts…</source>
      <translation>此账号没有密钥：请在“录制 &gt; 账号…”中设置</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="gui/mixframe/ui/app.py" line="64" />
      <source>Cannot open the file</source>
      <translation>无法打开文件</translation>
    </message>
  </context>
</TS>
