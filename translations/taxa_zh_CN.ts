<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1
Qt %2 (built with %3)
LibTorch %4
OpenCV %5
%6</source>
        <translation>版本 %1
Qt %2（使用 %3 构建）
LibTorch %4
OpenCV %5
%6</translation>
    </message>
    <message numerus="yes">
        <source>CUDA available: %n device(s)</source>
        <translation>
            <numerusform>CUDA 可用：%n 个设备</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA not available: training and prediction run on the CPU</source>
        <translation>CUDA 不可用：训练和预测在 CPU 上运行</translation>
    </message>
    <message>
        <source>About Taxa Workbench</source>
        <translation>关于 Taxa Workbench</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Taxa Workbench&lt;/h2&gt;&lt;p&gt;Fine-grained, long-tailed species classification: inspect iNaturalist datasets, train classifiers with the methods that won the 2018 competition, and analyse their errors.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Taxa Workbench&lt;/h2&gt;&lt;p&gt;细粒度、长尾分布的物种分类：查看 iNaturalist 数据集，使用 2018 年竞赛的获胜方法训练分类器，并分析其错误。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AnalysisOverview</name>
    <message>
        <source>Mean per-class top-1 accuracy by supercategory</source>
        <translation>按超类统计的每类平均 top-1 准确率</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>Mean per-class top-1 accuracy by training images</source>
        <translation>按训练图像数统计的每类平均 top-1 准确率</translation>
    </message>
    <message>
        <source>Top-1 errors by the closest shared rank</source>
        <translation>按最近共同分类等级统计的 top-1 错误</translation>
    </message>
    <message>
        <source>Share of errors (%)</source>
        <translation>错误占比 (%)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>%1 classes, %2 val images</source>
        <translation>%1 个类别，%2 张验证图像</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 classes with %2 val images</source>
        <translation>%1 个类别有 %2 张验证图像</translation>
    </message>
    <message>
        <source>same genus</source>
        <translation>同属</translation>
    </message>
    <message>
        <source>same family</source>
        <translation>同科</translation>
    </message>
    <message>
        <source>same order</source>
        <translation>同目</translation>
    </message>
    <message>
        <source>same class</source>
        <translation>同纲</translation>
    </message>
    <message>
        <source>same phylum</source>
        <translation>同门</translation>
    </message>
    <message>
        <source>same kingdom</source>
        <translation>同界</translation>
    </message>
    <message>
        <source>other kingdom</source>
        <translation>不同界</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Clear B</source>
        <translation>清除 B</translation>
    </message>
    <message>
        <source>Only classes with mistakes</source>
        <translation>仅显示有错误的类别</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Confused pairs</source>
        <translation>易混淆物种对</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>&amp;Open Predictions...</source>
        <translation>打开预测(&amp;O)...</translation>
    </message>
    <message>
        <source>A Kaggle submission CSV (id,predicted) or a top-k store of the val split</source>
        <translation>Kaggle 提交 CSV（id,predicted）或验证集的 top-k 存储</translation>
    </message>
    <message>
        <source>From &amp;Run...</source>
        <translation>来自运行(&amp;R)...</translation>
    </message>
    <message>
        <source>A training run: its saved val predictions, or its best checkpoint&apos;s</source>
        <translation>一次训练运行：其保存的验证集预测，或其最佳检查点的预测</translation>
    </message>
    <message>
        <source>&amp;Predict with a Checkpoint...</source>
        <translation>用检查点预测(&amp;P)...</translation>
    </message>
    <message>
        <source>Predict the val split with a checkpoint (.pt), in the background</source>
        <translation>在后台用检查点（.pt）预测验证集</translation>
    </message>
    <message>
        <source>Compare &amp;with</source>
        <translation>对比对象(&amp;W)</translation>
    </message>
    <message>
        <source>Predictions File...</source>
        <translation>预测文件...</translation>
    </message>
    <message>
        <source>Run...</source>
        <translation>运行...</translation>
    </message>
    <message>
        <source>Checkpoint...</source>
        <translation>检查点...</translation>
    </message>
    <message>
        <source>A second prediction set (B) to compare class by class</source>
        <translation>第二组预测（B），用于逐类比较</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Report (JSON or CSV)...</source>
        <translation>报告（JSON 或 CSV）...</translation>
    </message>
    <message>
        <source>All Plots (PNG, PDF or SVG)...</source>
        <translation>所有图表（PNG、PDF 或 SVG）...</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>停止比较</translation>
    </message>
    <message>
        <source>Filter by species or supercategory</source>
        <translation>按物种或超类筛选</translation>
    </message>
    <message>
        <source>Its val images were taken for:</source>
        <translation>其验证图像被误判为：</translation>
    </message>
    <message>
        <source>Open a dataset first</source>
        <translation>请先打开数据集</translation>
    </message>
    <message>
        <source>Still busy; cancel or wait</source>
        <translation>仍在处理中；请取消或等待</translation>
    </message>
    <message>
        <source>Analysed %1</source>
        <translation>已分析 %1</translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation>正在与 %1 比较</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <source>Analysing %1...</source>
        <translation>正在分析 %1...</translation>
    </message>
    <message>
        <source>Predicting with %1...</source>
        <translation>正在用 %1 预测...</translation>
    </message>
    <message>
        <source>%1 has no checkpoint to predict with yet</source>
        <translation>%1 还没有可用于预测的检查点</translation>
    </message>
    <message>
        <source>Open predictions of the val split, take them from a run, or predict with a checkpoint.</source>
        <translation>打开验证集的预测、从运行中获取预测，或用检查点进行预测。</translation>
    </message>
    <message>
        <source>Open a dataset, then predictions of its val split.</source>
        <translation>先打开数据集，再打开其验证集的预测。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top-1 error %1&lt;/b&gt; · top-3 error %2 · %3 val images · &lt;i&gt;%4&lt;/i&gt;</source>
        <translation>&lt;b&gt;top-1 错误率 %1&lt;/b&gt; · top-3 错误率 %2 · %3 张验证图像 · &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>B: top-1 error %1 (%2 points) · top-3 error %3 · &lt;i&gt;%4&lt;/i&gt;</source>
        <translation>B：top-1 错误率 %1（%2 个百分点）· top-3 错误率 %3 · &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Nothing: every val image of it was right</source>
        <translation>无：其所有验证图像均判断正确</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n image(s))</source>
        <translation>
            <numerusform>%1（%n 张图像）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing analysed yet</source>
        <translation>尚未分析任何内容</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Open Predictions</source>
        <translation>打开预测</translation>
    </message>
    <message>
        <source>Compare with Predictions</source>
        <translation>与预测比较</translation>
    </message>
    <message>
        <source>Predictions (*.csv);;All files (*)</source>
        <translation>预测 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Predict with a Checkpoint</source>
        <translation>用检查点预测</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>检查点 (*.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a Run</source>
        <translation>选择运行</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>JSON report (*.json);;CSV tables (*.csv)</source>
        <translation>JSON 报告 (*.json);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export All Plots</source>
        <translation>导出所有图表</translation>
    </message>
    <message>
        <source>PNG images (*.png);;PDF documents (*.pdf);;SVG drawings (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 绘图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>%1: %2%&lt;br&gt;%3: %4%</source>
        <translation>%1：%2%&lt;br&gt;%3：%4%</translation>
    </message>
</context>
<context>
    <name>BucketPlot</name>
    <message>
        <source>Training images per species</source>
        <translation>每个物种的训练图像数</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>物种数</translation>
    </message>
    <message>
        <source>Species per training-count bucket</source>
        <translation>按训练图像数分组的物种数</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 training images: %2 species&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 张训练图像：%2 个物种&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click to list these species</source>
        <translation>单击以列出这些物种</translation>
    </message>
</context>
<context>
    <name>ConfusedPairsModel</name>
    <message>
        <source>Val images of %1 taken for %2</source>
        <translation>%1 被误判为 %2 的验证图像</translation>
    </message>
    <message>
        <source>The lowest taxon the two species share</source>
        <translation>两个物种共有的最低分类单元</translation>
    </message>
    <message>
        <source>Species A</source>
        <translation>物种 A</translation>
    </message>
    <message>
        <source>Species B</source>
        <translation>物种 B</translation>
    </message>
    <message>
        <source>A as B</source>
        <translation>A 误判为 B</translation>
    </message>
    <message>
        <source>B as A</source>
        <translation>B 误判为 A</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Shared taxon</source>
        <translation>共同分类单元</translation>
    </message>
</context>
<context>
    <name>DatasetSource</name>
    <message>
        <source>%1: a locations file must name its split (train or val)</source>
        <translation>%1：位置文件必须指明其划分（train 或 val）</translation>
    </message>
    <message>
        <source>%1: cannot tell which part of a dataset this is; expected a name like train2018.json, val2018.json, test2018.json or categories.json</source>
        <translation>%1：无法判断这是数据集的哪一部分；文件名应类似 train2018.json、val2018.json、test2018.json 或 categories.json</translation>
    </message>
    <message>
        <source>Choose at least a train annotation file (such as train2018.json)</source>
        <translation>请至少选择一个训练标注文件（如 train2018.json）</translation>
    </message>
</context>
<context>
    <name>FindingItemsModel</name>
    <message>
        <source>%1 (%2 train, %3 val)</source>
        <translation>%1（训练 %2，验证 %3）</translation>
    </message>
    <message>
        <source>%1 (%2, id %3)</source>
        <translation>%1（%2，ID %3）</translation>
    </message>
    <message>
        <source>Click to show this species</source>
        <translation>单击以显示此物种</translation>
    </message>
    <message>
        <source>Click to show this image</source>
        <translation>单击以显示此图像</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>物种</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>版权所有者</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察者</translation>
    </message>
    <message>
        <source>Select an image to view it here.</source>
        <translation>选择图像以在此处查看。</translation>
    </message>
    <message>
        <source>%1 (image id %2)</source>
        <translation>%1（图像 ID %2）</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>Cannot read this image file:
%1</source>
        <translation>无法读取此图像文件：
%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>LongTailPanel</name>
    <message>
        <source>Point at a species to name it; click to select it in the taxonomy, double-click to open it. Drag or scroll to zoom along the species; right-click to show all. Click a bucket to list its species.</source>
        <translation>指向物种可显示其名称；单击可在分类体系中选中它，双击可打开它。拖动或滚动可沿物种轴缩放；右键单击可显示全部。单击某个区间可列出其中的物种。</translation>
    </message>
</context>
<context>
    <name>LongTailPlot</name>
    <message>
        <source>Species, most training images first</source>
        <translation>物种（按训练图像数从多到少）</translation>
    </message>
    <message>
        <source>Training images (log scale)</source>
        <translation>训练图像（对数刻度）</translation>
    </message>
    <message>
        <source>Images per species: the long tail</source>
        <translation>每个物种的图像数：长尾</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt;&lt;br&gt;%2&lt;br&gt;%3 training images, %4 val&lt;br&gt;%5 of %6 by training images</source>
        <translation>&lt;i&gt;%1&lt;/i&gt;&lt;br&gt;%2&lt;br&gt;%3 张训练图像，%4 张验证图像&lt;br&gt;按训练图像数排第 %5（共 %6 个）</translation>
    </message>
    <message>
        <source>Show all species</source>
        <translation>显示所有物种</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Taxonomy</source>
        <translation>分类体系</translation>
    </message>
    <message>
        <source>Taxa Workbench</source>
        <translation>Taxa Workbench</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>物种</translation>
    </message>
    <message>
        <source>Long tail</source>
        <translation>长尾</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>已取消打开</translation>
    </message>
    <message>
        <source>Could not read the test split: %1</source>
        <translation>无法读取测试集：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Dataset Folder...</source>
        <translation>打开数据集文件夹(&amp;O)...</translation>
    </message>
    <message>
        <source>Open Dataset &amp;Files...</source>
        <translation>打开数据集文件(&amp;F)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Dataset</source>
        <translation>打开演示数据集(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find Taxon</source>
        <translation>查找分类单元(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Species</source>
        <translation>物种(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Long Tail</source>
        <translation>长尾(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>概览(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1（位于 %2）</translation>
    </message>
    <message>
        <source>Open an iNaturalist dataset folder</source>
        <translation>打开 iNaturalist 数据集文件夹</translation>
    </message>
    <message>
        <source>Choose annotation files (train, and optionally val, test, categories)</source>
        <translation>选择标注文件（train，以及可选的 val、test、categories）</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Still closing the previous dataset; try again in a moment</source>
        <translation>仍在关闭上一个数据集；请稍后重试</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>%1 - Taxa Workbench</source>
        <translation>%1 - Taxa Workbench</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Opened %1; reading the test split...</source>
        <translation>已打开 %1；正在读取测试集...</translation>
    </message>
    <message>
        <source>Drawing the demo dataset...</source>
        <translation>正在生成演示数据集...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo dataset</source>
        <translation>演示数据集</translation>
    </message>
    <message>
        <source>Cannot write the demo dataset</source>
        <translation>无法写入演示数据集</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>A model is training. Stop it and quit?

The run is saved after the current batch and can be resumed from the Training tab.</source>
        <translation>正在训练模型。要停止训练并退出吗？

本次运行会在当前批次后保存，之后可在“训练”选项卡中继续。</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>Choose a pair of species to see them side by side</source>
        <translation>选择一对物种以并排查看</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 training images · val top-1 %4%</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 张训练图像 · 验证 top-1 %4%</translation>
    </message>
    <message>
        <source>Training images (%1 shown)</source>
        <translation>训练图像（显示 %1 张）</translation>
    </message>
    <message>
        <source>Val images taken for %1: %2</source>
        <translation>被误判为 %1 的验证图像：%2</translation>
    </message>
</context>
<context>
    <name>PastRunsView</name>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;curves</source>
        <translation>显示曲线(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Analyse...</source>
        <translation>分析(&amp;A)...</translation>
    </message>
    <message>
        <source>Choose a run to see its configuration</source>
        <translation>选择一次运行以查看其配置</translation>
    </message>
    <message>
        <source>Continue an unfinished run from its last checkpoint</source>
        <translation>从最后一个检查点继续未完成的运行</translation>
    </message>
    <message>
        <source>Show the run&apos;s logged curves</source>
        <translation>显示该运行记录的曲线</translation>
    </message>
    <message>
        <source>Predict the val split with the run&apos;s best checkpoint and analyse the errors</source>
        <translation>用该运行的最佳检查点预测验证集并分析错误</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PerClassModel</name>
    <message>
        <source>Top-1 accuracy of B minus that of A, in points</source>
        <translation>B 的 top-1 准确率减去 A 的，单位为百分点</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>物种</translation>
    </message>
    <message>
        <source>Supercategory</source>
        <translation>超类</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Val</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Top-1 A</source>
        <translation>Top-1 A</translation>
    </message>
    <message>
        <source>Top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <source>Top-3 A</source>
        <translation>Top-3 A</translation>
    </message>
    <message>
        <source>Top-3</source>
        <translation>Top-3</translation>
    </message>
    <message>
        <source>Top-1 B</source>
        <translation>Top-1 B</translation>
    </message>
    <message>
        <source>Δ top-1</source>
        <translation>Δ top-1</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>Unknown format &apos;%1&apos;: use .png, .pdf or .svg</source>
        <translation>未知格式“%1”：请使用 .png、.pdf 或 .svg</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <source>Export Plot...</source>
        <translation>导出图表...</translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <source>training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Best top-1</source>
        <translation>最佳 top-1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SpeciesPanel</name>
    <message>
        <source>%1 species · %2 training images · %3 validation images</source>
        <translation>%1 个物种 · %2 张训练图像 · %3 张验证图像</translation>
    </message>
    <message>
        <source>Choose a taxon in the taxonomy</source>
        <translation>在分类体系中选择一个分类单元</translation>
    </message>
    <message>
        <source>No dataset open</source>
        <translation>未打开数据集</translation>
    </message>
    <message>
        <source>Select a species in the taxonomy, the long-tail plot or a split-check finding to see its images.</source>
        <translation>在分类体系、长尾图或划分检查结果中选择一个物种以查看其图像。</translation>
    </message>
    <message>
        <source>%1 · %2 training images · %3 validation images · rank %4 of %5 species by training images</source>
        <translation>%1 · %2 张训练图像 · %3 张验证图像 · 按训练图像数在 %5 个物种中排第 %4</translation>
    </message>
    <message>
        <source> · bucket %1–%2</source>
        <translation> · 区间 %1–%2</translation>
    </message>
    <message>
        <source>This species has no train or val images.</source>
        <translation>该物种没有训练或验证图像。</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;（%2）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Select a species to see its images.</source>
        <translation>选择一个物种以查看其图像。</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(supercategory)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;（超类）&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <source>No training in progress</source>
        <translation>没有正在进行的训练</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Finished after step %1</source>
        <translation>在第 %1 步后完成</translation>
    </message>
    <message>
        <source>Stopped at step %1</source>
        <translation>在第 %1 步停止</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>epoch %1/%2</source>
        <translation>轮次 %1/%2</translation>
    </message>
    <message>
        <source>epoch %1/%2 · %3 left</source>
        <translation>轮次 %1/%2 · 剩余 %3</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Preparing the model and data...</source>
        <translation>正在准备模型和数据...</translation>
    </message>
    <message>
        <source>Step %1 · loss %2 · %3 images/s</source>
        <translation>第 %1 步 · 损失 %2 · %3 张图像/秒</translation>
    </message>
    <message>
        <source>Paused at step %1</source>
        <translation>在第 %1 步暂停</translation>
    </message>
    <message>
        <source> · %1 left in all</source>
        <translation> · 总计剩余 %1</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Supercategory</source>
        <translation>超类</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Train images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>Val images</source>
        <translation>验证图像</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>&lt;b&gt;Split checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;划分检查&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a finding to list what it concerns.</source>
        <translation>选择一项检查结果以列出其涉及的内容。</translation>
    </message>
    <message>
        <source>%1 images concerned; click one to view it.</source>
        <translation>涉及 %1 张图像；单击其中一张可查看。</translation>
    </message>
    <message>
        <source>%1 species concerned; click one to show it.</source>
        <translation>涉及 %1 个物种；单击其中一个可显示。</translation>
    </message>
    <message>
        <source>%1 more not listed.</source>
        <translation>另有 %1 项未列出。</translation>
    </message>
    <message>
        <source>This finding names no species or images.</source>
        <translation>此检查结果未涉及任何物种或图像。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist %2 layout: %3 species, %4 train and %5 val images; reading the test split...</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist %2 格式：%3 个物种，%4 张训练图像和 %5 张验证图像；正在读取测试集...</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist %2 layout: %3 species, %4 train, %5 val and %6 test images</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist %2 格式：%3 个物种，%4 张训练图像、%5 张验证图像和 %6 张测试图像</translation>
    </message>
    <message>
        <source>%1-%2: %3</source>
        <translation>%1-%2：%3</translation>
    </message>
    <message>
        <source>Train images per species: min %1, median %2, max %3. Species per training-count bucket: %4</source>
        <translation>每个物种的训练图像数：最少 %1，中位数 %2，最多 %3。按训练图像数分组的物种数：%4</translation>
    </message>
    <message>
        <source>All checks passed (%1)</source>
        <translation>所有检查均通过（%1）</translation>
    </message>
    <message>
        <source>The split checks run once the test split is read.</source>
        <translation>读取测试集后将运行划分检查。</translation>
    </message>
</context>
<context>
    <name>TaxonomyModel</name>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>kingdom</source>
        <translation>界</translation>
    </message>
    <message>
        <source>phylum</source>
        <translation>门</translation>
    </message>
    <message>
        <source>class</source>
        <translation>纲</translation>
    </message>
    <message>
        <source>order</source>
        <translation>目</translation>
    </message>
    <message>
        <source>family</source>
        <translation>科</translation>
    </message>
    <message>
        <source>genus</source>
        <translation>属</translation>
    </message>
    <message>
        <source>species</source>
        <translation>种</translation>
    </message>
    <message>
        <source>supercategory</source>
        <translation>超类</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n species</source>
        <translation>
            <numerusform>%1 %2：%n 个物种</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the training images of %2, %3% of all</source>
        <translation>占 %2 训练图像的 %1%，占全部的 %3%</translation>
    </message>
    <message>
        <source>Species at or below this taxon</source>
        <translation>此分类单元及其下级的物种数</translation>
    </message>
    <message>
        <source>Training images at or below this taxon</source>
        <translation>此分类单元及其下级的训练图像数</translation>
    </message>
    <message>
        <source>Validation images at or below this taxon</source>
        <translation>此分类单元及其下级的验证图像数</translation>
    </message>
    <message>
        <source>Share of the parent&apos;s training images</source>
        <translation>占上级分类单元训练图像的比例</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>物种</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Val</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>TaxonomyPanel</name>
    <message>
        <source>Search taxa by name</source>
        <translation>按名称搜索分类单元</translation>
    </message>
    <message>
        <source>at any rank</source>
        <translation>任意等级</translation>
    </message>
    <message>
        <source>in %1 names</source>
        <translation>在%1名中</translation>
    </message>
    <message>
        <source>Which rank the search text must match</source>
        <translation>搜索文本必须匹配的分类等级</translation>
    </message>
    <message>
        <source>Fewest training images a shown species has</source>
        <translation>所显示物种的最少训练图像数</translation>
    </message>
    <message>
        <source>Most training images a shown species has</source>
        <translation>所显示物种的最多训练图像数</translation>
    </message>
    <message>
        <source>7-rank tree</source>
        <translation>7 级分类树</translation>
    </message>
    <message>
        <source>Supercategory → species</source>
        <translation>超类 → 物种</translation>
    </message>
    <message>
        <source>Show the full taxonomy or species grouped by supercategory</source>
        <translation>显示完整分类体系，或按超类分组显示物种</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Showing %1 of %2 species</source>
        <translation>显示 %1 / %2 个物种</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message>
        <source>Cannot read
image</source>
        <translation>无法读取
图像</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>val</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>%1
%2 x %3 px, image id %4</source>
        <translation>%1
%2 x %3 px，图像 ID %4</translation>
    </message>
    <message>
        <source>(c) %1</source>
        <translation>(c) %1</translation>
    </message>
</context>
<context>
    <name>TrainConfigForm</name>
    <message>
        <source>Average pooling</source>
        <translation>平均池化</translation>
    </message>
    <message>
        <source>iSQRT-COV (second order)</source>
        <translation>iSQRT-COV（二阶）</translation>
    </message>
    <message>
        <source>Instance (as in the data)</source>
        <translation>按实例（与数据一致）</translation>
    </message>
    <message>
        <source>Class-balanced</source>
        <translation>类别均衡</translation>
    </message>
    <message>
        <source>Square-root</source>
        <translation>平方根</translation>
    </message>
    <message>
        <source>Power (q)</source>
        <translation>幂次 (q)</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>taxonomy-aware</source>
        <translation>考虑分类体系</translation>
    </message>
    <message>
        <source>Automatic (CUDA if present)</source>
        <translation>自动（如有 CUDA 则使用）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>所有核心</translation>
    </message>
    <message>
        <source>full epochs</source>
        <translation>完整轮次</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Caps the batches per epoch, for quick experiments</source>
        <translation>限制每轮的批次数，用于快速实验</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Trains</source>
        <translation>训练部分</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Peak LR</source>
        <translation>峰值学习率</translation>
    </message>
    <message>
        <source>Stages run one after the other. Trains: all, head, last:K blocks. Data: train, or val to fine-tune on the balanced val split.</source>
        <translation>各阶段依次运行。训练部分：all、head、last:K 个块。数据：train，或 val（在均衡的验证集上微调）。</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Choose the run folder</source>
        <translation>选择运行文件夹</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>分类头(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Crop / resize:</source>
        <translation>裁剪/缩放(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Sampler:</source>
        <translation>采样器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Label smoothing:</source>
        <translation>标签平滑(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Max steps:</source>
        <translation>最大步数(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Run folder:</source>
        <translation>运行文件夹(&amp;R)：</translation>
    </message>
    <message>
        <source>Quick CPU demo</source>
        <translation>CPU 快速演示</translation>
    </message>
    <message>
        <source>2018 winner recipe (GPU)</source>
        <translation>2018 年冠军方案（GPU）</translation>
    </message>
    <message>
        <source>Parent folder for the run</source>
        <translation>运行的上级文件夹</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>Loss and learning rate</source>
        <translation>损失和学习率</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>每轮准确率</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>损失（平滑）</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>val top-1</source>
        <translation>验证 top-1</translation>
    </message>
    <message>
        <source>val top-3</source>
        <translation>验证 top-3</translation>
    </message>
    <message>
        <source>train top-1</source>
        <translation>训练 top-1</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Train a new model with this configuration on the open dataset</source>
        <translation>使用此配置在已打开的数据集上训练新模型</translation>
    </message>
    <message>
        <source>Pause after the current batch; click again to continue</source>
        <translation>在当前批次后暂停；再次单击可继续</translation>
    </message>
    <message>
        <source>Stop after the current batch, saving a checkpoint to resume from</source>
        <translation>在当前批次后停止，并保存用于继续训练的检查点</translation>
    </message>
    <message>
        <source>The training log appears here</source>
        <translation>训练日志显示在此处</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>新运行</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>历史运行</translation>
    </message>
    <message>
        <source>A run is in progress; stop it first.</source>
        <translation>有运行正在进行；请先停止它。</translation>
    </message>
    <message>
        <source>Open a dataset to train on.</source>
        <translation>请打开用于训练的数据集。</translation>
    </message>
    <message>
        <source>Resuming %1</source>
        <translation>正在继续 %1</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>正在启动 %1</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>Pausing after the current batch</source>
        <translation>将在当前批次后暂停</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>继续中</translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation>将在当前批次后停止...</translation>
    </message>
    <message>
        <source>Stopping and saving before closing...</source>
        <translation>正在停止并保存，然后关闭...</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>Finished; best val top-1 %1%</source>
        <translation>已完成；最佳验证 top-1 %1%</translation>
    </message>
    <message>
        <source>Stopped; resume it from Past runs</source>
        <translation>已停止；可在“历史运行”中继续</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>No dataset is open</source>
        <translation>未打开数据集</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fine-grained, long-tailed species classification workbench</source>
        <translation>细粒度长尾物种分类工作台</translation>
    </message>
    <message>
        <source>Dataset folder, or annotation files, to open</source>
        <translation>要打开的数据集文件夹或标注文件</translation>
    </message>
    <message>
        <source>Select the taxon of this name once the dataset is open</source>
        <translation>数据集打开后选中该名称的分类单元</translation>
    </message>
    <message>
        <source>Show this tab first: species, longtail, summary, training, analysis, or pairs or classes (of the analysis)</source>
        <translation>首先显示此选项卡：species、longtail、summary、training、analysis，或（分析中的）pairs、classes</translation>
    </message>
    <message>
        <source>Search the taxonomy for this text once the dataset is open</source>
        <translation>数据集打开后在分类体系中搜索此文本</translation>
    </message>
    <message>
        <source>Start training with this preset (quick-cpu or winner-2018) once the dataset is open</source>
        <translation>数据集打开后使用此预设（quick-cpu 或 winner-2018）开始训练</translation>
    </message>
    <message>
        <source>Analyse a run folder or a predictions CSV once the dataset is open</source>
        <translation>数据集打开后分析运行文件夹或预测 CSV</translation>
    </message>
</context>
</TS>
