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
        <translation type="vanished">版本 %1
Qt %2（使用 %3 构建）
LibTorch %4
OpenCV %5
%6</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/AboutDialog.cpp" line="22"/>
        <source>CUDA available: %n device(s)</source>
        <translation>
            <numerusform>CUDA 可用：%n 个设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="23"/>
        <source>CUDA not available: training and prediction run on the CPU</source>
        <translation>CUDA 不可用：训练和预测在 CPU 上运行</translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="24"/>
        <source>ML engine: LibTorch %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="27"/>
        <source>ML engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="34"/>
        <source>Version %1
Qt %2 (built with %3)
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="40"/>
        <source>About Taxa Workbench</source>
        <translation>关于 Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="44"/>
        <source>&lt;h2&gt;Taxa Workbench&lt;/h2&gt;&lt;p&gt;Fine-grained, long-tailed species classification: inspect iNaturalist datasets, train classifiers with the methods that won the 2018 competition, and analyse their errors.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Taxa Workbench&lt;/h2&gt;&lt;p&gt;细粒度、长尾分布的物种分类：查看 iNaturalist 数据集，使用 2018 年竞赛的获胜方法训练分类器，并分析其错误。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="71"/>
        <source>ML engine: loading to read its versions...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisOverview</name>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="12"/>
        <source>Mean per-class top-1 accuracy by supercategory</source>
        <translation>按超类统计的每类平均 top-1 准确率</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="12"/>
        <location filename="../ui/views/AnalysisOverview.cpp" line="15"/>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="14"/>
        <source>Mean per-class top-1 accuracy by training images</source>
        <translation>按训练图像数统计的每类平均 top-1 准确率</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="16"/>
        <source>Top-1 errors by the closest shared rank</source>
        <translation>按最近共同分类等级统计的 top-1 错误</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="16"/>
        <source>Share of errors (%)</source>
        <translation>错误占比 (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="27"/>
        <source>Lowest rank that truth and prediction share</source>
        <translation>真实类别与预测共有的最低分类等级</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="28"/>
        <source>Training images per species</source>
        <translation>每个物种的训练图像数</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="41"/>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="42"/>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="56"/>
        <source>%1 classes, %2 val images</source>
        <translation>%1 个类别，%2 张验证图像</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="71"/>
        <source>%1–%2
%3 spp.</source>
        <translation>%1–%2
%3 个物种</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="94"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="77"/>
        <source>%1 classes with %2 val images</source>
        <translation>%1 个类别有 %2 张验证图像</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="106"/>
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="66"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="133"/>
        <source>Clear B</source>
        <translation>清除 B</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="82"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="83"/>
        <source>Confused pairs</source>
        <translation>易混淆物种对</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="84"/>
        <source>Per class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="118"/>
        <source>&amp;Open Predictions...</source>
        <translation>打开预测(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="120"/>
        <source>A Kaggle submission CSV (id,predicted) or a top-k store of the val split</source>
        <translation>Kaggle 提交 CSV（id,predicted）或验证集的 top-k 存储</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="121"/>
        <source>From &amp;Run...</source>
        <translation>来自运行(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="122"/>
        <source>A training run: its saved val predictions, or its best checkpoint&apos;s</source>
        <translation>一次训练运行：其保存的验证集预测，或其最佳检查点的预测</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="123"/>
        <source>&amp;Predict with a Checkpoint...</source>
        <translation>用检查点预测(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="124"/>
        <source>Predict the val split with a checkpoint (.pt), in the background</source>
        <translation>在后台用检查点（.pt）预测验证集</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="130"/>
        <source>Compare &amp;with</source>
        <translation>对比对象(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="126"/>
        <source>Predictions File...</source>
        <translation>预测文件...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="127"/>
        <source>Run...</source>
        <translation>运行...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="128"/>
        <source>Checkpoint...</source>
        <translation>检查点...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="131"/>
        <source>A second prediction set (B) to compare class by class</source>
        <translation>第二组预测（B），用于逐类比较</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="140"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="136"/>
        <source>Report (JSON or CSV)...</source>
        <translation>报告（JSON 或 CSV）...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="137"/>
        <source>All Plots (PNG, PDF or SVG)...</source>
        <translation>所有图表（PNG、PDF 或 SVG）...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="134"/>
        <source>Stop comparing</source>
        <translation>停止比较</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="45"/>
        <source>top-%1 error %2</source>
        <translation>top-%1 错误率 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="179"/>
        <source>Open a dataset first</source>
        <translation>请先打开数据集</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="183"/>
        <source>Still busy; cancel or wait</source>
        <translation>仍在处理中；请取消或等待</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="201"/>
        <source>Analysed %1</source>
        <translation>已分析 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="202"/>
        <source>Comparing with %1</source>
        <translation>正在与 %1 比较</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="214"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="226"/>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="235"/>
        <source>Analysing %1...</source>
        <translation>正在分析 %1...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="250"/>
        <source>Predicting with %1...</source>
        <translation>正在用 %1 预测...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="281"/>
        <source>%1 has no checkpoint to predict with yet</source>
        <translation>%1 还没有可用于预测的检查点</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="301"/>
        <source>Open predictions of the val split, take them from a run, or predict with a checkpoint.</source>
        <translation>打开验证集的预测、从运行中获取预测，或用检查点进行预测。</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="303"/>
        <source>Open a dataset, then predictions of its val split.</source>
        <translation>先打开数据集，再打开其验证集的预测。</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="309"/>
        <source>&lt;b&gt;Top-%1 error %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;top-%1 错误率 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="310"/>
        <source>(the %1 metric)</source>
        <translation>（%1 的评价指标）</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="312"/>
        <source>%1 val images</source>
        <translation>%1 张验证图像</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="319"/>
        <source>B: top-%1 error %2 (%3 points)</source>
        <translation>B：top-%1 错误率 %2（%3 个百分点）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top-1 error %1&lt;/b&gt; · top-3 error %2 · %3 val images · &lt;i&gt;%4&lt;/i&gt;</source>
        <translation type="vanished">&lt;b&gt;top-1 错误率 %1&lt;/b&gt; · top-3 错误率 %2 · %3 张验证图像 · &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>B: top-1 error %1 (%2 points) · top-3 error %3 · &lt;i&gt;%4&lt;/i&gt;</source>
        <translation type="vanished">B：top-1 错误率 %1（%2 个百分点）· top-3 错误率 %3 · &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="348"/>
        <source>Nothing analysed yet</source>
        <translation>尚未分析任何内容</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="361"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="384"/>
        <source>Open Predictions</source>
        <translation>打开预测</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="384"/>
        <source>Compare with Predictions</source>
        <translation>与预测比较</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="385"/>
        <source>Predictions (*.csv);;All files (*)</source>
        <translation>预测 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="391"/>
        <source>Predict with a Checkpoint</source>
        <translation>用检查点预测</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="392"/>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>检查点 (*.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="397"/>
        <source>Choose a Run</source>
        <translation>选择运行</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="403"/>
        <location filename="../ui/views/AnalysisPanel.cpp" line="407"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="404"/>
        <source>JSON report (*.json);;CSV tables (*.csv)</source>
        <translation>JSON 报告 (*.json);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="412"/>
        <location filename="../ui/views/AnalysisPanel.cpp" line="416"/>
        <source>Export All Plots</source>
        <translation>导出所有图表</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="413"/>
        <source>PNG images (*.png);;PDF documents (*.pdf);;SVG drawings (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 绘图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>AnalysisResult</name>
    <message>
        <location filename="../ui/models/AnalysisResult.cpp" line="73"/>
        <source>none (other kingdoms)</source>
        <translation>无（不同的界）</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../ui/workers/BackgroundJob.cpp" line="61"/>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundJob.cpp" line="63"/>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../ui/views/BarChart.cpp" line="16"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/views/BarChart.cpp" line="16"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/views/BarChart.cpp" line="173"/>
        <source>%1: %2%&lt;br&gt;%3: %4%</source>
        <translation>%1：%2%&lt;br&gt;%3：%4%</translation>
    </message>
</context>
<context>
    <name>BucketPlot</name>
    <message>
        <location filename="../ui/views/BucketPlot.cpp" line="12"/>
        <source>Training images per species</source>
        <translation>每个物种的训练图像数</translation>
    </message>
    <message>
        <location filename="../ui/views/BucketPlot.cpp" line="13"/>
        <source>Species</source>
        <translation>物种数</translation>
    </message>
    <message>
        <location filename="../ui/views/BucketPlot.cpp" line="18"/>
        <source>Species per training-count bucket</source>
        <translation>按训练图像数分组的物种数</translation>
    </message>
    <message>
        <location filename="../ui/views/BucketPlot.cpp" line="36"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/views/BucketPlot.cpp" line="120"/>
        <source>&lt;b&gt;%1 training images: %2 species&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 张训练图像：%2 个物种&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/BucketPlot.cpp" line="127"/>
        <source>Click to list these species</source>
        <translation>单击以列出这些物种</translation>
    </message>
</context>
<context>
    <name>ConfusedPairsModel</name>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="58"/>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="60"/>
        <source>Val images of %1 taken for %2</source>
        <translation>%1 被误判为 %2 的验证图像</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="61"/>
        <source>The lowest taxon the two species share</source>
        <translation>两个物种共有的最低分类单元</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="80"/>
        <source>Species A</source>
        <translation>物种 A</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="82"/>
        <source>Species B</source>
        <translation>物种 B</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="84"/>
        <source>A as B</source>
        <translation>A 误判为 B</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="86"/>
        <source>B as A</source>
        <translation>B 误判为 A</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="88"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="90"/>
        <source>Shared taxon</source>
        <translation>共同分类单元</translation>
    </message>
</context>
<context>
    <name>DatasetSource</name>
    <message>
        <location filename="../ui/DatasetSource.cpp" line="62"/>
        <source>%1: a locations file must name its split (train or val)</source>
        <translation>%1：位置文件必须指明其划分（train 或 val）</translation>
    </message>
    <message>
        <location filename="../ui/DatasetSource.cpp" line="72"/>
        <source>%1: cannot tell which part of a dataset this is; expected a name like train2018.json, val2018.json, test2018.json or categories.json</source>
        <translation>%1：无法判断这是数据集的哪一部分；文件名应类似 train2018.json、val2018.json、test2018.json 或 categories.json</translation>
    </message>
    <message>
        <location filename="../ui/DatasetSource.cpp" line="79"/>
        <source>Choose at least a train annotation file (such as train2018.json)</source>
        <translation>请至少选择一个训练标注文件（如 train2018.json）</translation>
    </message>
</context>
<context>
    <name>FindingItemsModel</name>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="45"/>
        <source>%1 (%2 train, %3 val)</source>
        <translation>%1（训练 %2，验证 %3）</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="53"/>
        <source>%1 (%2, id %3)</source>
        <translation>%1（%2，ID %3）</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="59"/>
        <source>Click to show this species</source>
        <translation>单击以显示此物种</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="59"/>
        <source>Click to show this image</source>
        <translation>单击以显示此图像</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="100"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="101"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="102"/>
        <source>Species</source>
        <translation>物种</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="103"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="104"/>
        <source>Rights holder</source>
        <translation>版权所有者</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="105"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="106"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="107"/>
        <source>Observer</source>
        <translation>观察者</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="108"/>
        <source>Bounding box</source>
        <translation>边界框</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="146"/>
        <source>Select an image to view it here.</source>
        <translation>选择图像以在此处查看。</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="158"/>
        <source>%1 (image id %2)</source>
        <translation>%1（图像 ID %2）</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="162"/>
        <source>unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="166"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="174"/>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="176"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="176"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="178"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="178"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="180"/>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="186"/>
        <source>%1 × %2 at %3, %4</source>
        <translation>%1 × %2，位于 %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="218"/>
        <source>Cannot read this image file:
%1</source>
        <translation>无法读取此图像文件：
%1</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="220"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>LongTailPanel</name>
    <message>
        <location filename="../ui/views/LongTailPanel.cpp" line="12"/>
        <source>Point at a species to name it; click to select it in the taxonomy, double-click to open it. Drag or scroll to zoom along the species; right-click to show all. Click a bucket to list its species.</source>
        <translation>指向物种可显示其名称；单击可在分类体系中选中它，双击可打开它。拖动或滚动可沿物种轴缩放；右键单击可显示全部。单击某个区间可列出其中的物种。</translation>
    </message>
</context>
<context>
    <name>LongTailPlot</name>
    <message>
        <location filename="../ui/views/LongTailPlot.cpp" line="21"/>
        <source>Species, most training images first</source>
        <translation>物种（按训练图像数从多到少）</translation>
    </message>
    <message>
        <location filename="../ui/views/LongTailPlot.cpp" line="22"/>
        <source>Training images (log scale)</source>
        <translation>训练图像（对数刻度）</translation>
    </message>
    <message>
        <location filename="../ui/views/LongTailPlot.cpp" line="31"/>
        <source>Images per species: the long tail</source>
        <translation>每个物种的图像数：长尾</translation>
    </message>
    <message>
        <location filename="../ui/views/LongTailPlot.cpp" line="174"/>
        <source>&lt;i&gt;%1&lt;/i&gt;&lt;br&gt;%2&lt;br&gt;%3 training images, %4 val&lt;br&gt;%5 of %6 by training images</source>
        <translation>&lt;i&gt;%1&lt;/i&gt;&lt;br&gt;%2&lt;br&gt;%3 张训练图像，%4 张验证图像&lt;br&gt;按训练图像数排第 %5（共 %6 个）</translation>
    </message>
    <message>
        <location filename="../ui/views/LongTailPlot.cpp" line="216"/>
        <source>Show all species</source>
        <translation>显示所有物种</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>Taxonomy</source>
        <translation>分类体系</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>Taxa Workbench</source>
        <translation>Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="58"/>
        <source>Species</source>
        <translation>物种</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>Long tail</source>
        <translation>长尾</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>Cannot open dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>Opening cancelled</source>
        <translation>已取消打开</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Could not read the test split: %1</source>
        <translation>无法读取测试集：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>&amp;Open Dataset Folder...</source>
        <translation>打开数据集文件夹(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>Open Dataset &amp;Files...</source>
        <translation>打开数据集文件(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>Open &amp;Demo Dataset</source>
        <translation>打开演示数据集(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;Find Taxon</source>
        <translation>查找分类单元(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>&amp;Species</source>
        <translation>物种(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>&amp;Long Tail</source>
        <translation>长尾(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>S&amp;ummary</source>
        <translation>概览(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>&amp;About Taxa Workbench</source>
        <translation>关于 Taxa Workbench(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>%1 (in %2)</source>
        <translation>%1（位于 %2）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>Open an iNaturalist dataset folder</source>
        <translation>打开 iNaturalist 数据集文件夹</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>Choose annotation files (train, and optionally val, test, categories)</source>
        <translation>选择标注文件（train，以及可选的 val、test、categories）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>Still closing the previous dataset; try again in a moment</source>
        <translation>仍在关闭上一个数据集；请稍后重试</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <source>%1 - Taxa Workbench</source>
        <translation>%1 - Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>Opened %1; reading the test split...</source>
        <translation>已打开 %1；正在读取测试集...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>Drawing the demo dataset...</source>
        <translation>正在生成演示数据集...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>Demo dataset</source>
        <translation>演示数据集</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>Cannot write the demo dataset</source>
        <translation>无法写入演示数据集</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
        <source>Training in progress</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389"/>
        <source>A model is training. Stop it and quit?

The run is saved after the current batch and can be resumed from the Training tab.</source>
        <translation>正在训练模型。要停止训练并退出吗？

本次运行会在当前批次后保存，之后可在“训练”选项卡中继续。</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <location filename="../ui/views/PairView.cpp" line="82"/>
        <source>Choose a pair of species to see them side by side</source>
        <translation>选择一对物种以并排查看</translation>
    </message>
    <message>
        <location filename="../ui/views/PairView.cpp" line="101"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 training images · val top-1 %4%</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 张训练图像 · 验证 top-1 %4%</translation>
    </message>
    <message>
        <location filename="../ui/views/PairView.cpp" line="109"/>
        <source>Training images (%1 shown)</source>
        <translation>训练图像（显示 %1 张）</translation>
    </message>
    <message>
        <location filename="../ui/views/PairView.cpp" line="110"/>
        <source>Val images taken for %1: %2</source>
        <translation>被误判为 %1 的验证图像：%2</translation>
    </message>
</context>
<context>
    <name>PastRunsView</name>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="23"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="24"/>
        <source>Show &amp;curves</source>
        <translation>显示曲线(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="25"/>
        <source>&amp;Analyse...</source>
        <translation>分析(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="37"/>
        <source>Choose a run to see its configuration</source>
        <translation>选择一次运行以查看其配置</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="38"/>
        <source>Continue an unfinished run from its last checkpoint</source>
        <translation>从最后一个检查点继续未完成的运行</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="39"/>
        <source>Show the run&apos;s logged curves</source>
        <translation>显示该运行记录的曲线</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="41"/>
        <source>Predict the val split with the run&apos;s best checkpoint and analyse the errors</source>
        <translation>用该运行的最佳检查点预测验证集并分析错误</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="43"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="44"/>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PerClassModel</name>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="97"/>
        <source>Top-1 accuracy of B minus that of A, in points</source>
        <translation>B 的 top-1 准确率减去 A 的，单位为百分点</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="101"/>
        <source>Species</source>
        <translation>物种</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="103"/>
        <source>Supercategory</source>
        <translation>超类</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="105"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="107"/>
        <source>Val</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="109"/>
        <source>Top-1 A</source>
        <translation>Top-1 A</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="109"/>
        <source>Top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="111"/>
        <source>Top-3 A</source>
        <translation>Top-3 A</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="111"/>
        <source>Top-3</source>
        <translation>Top-3</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="113"/>
        <source>Top-1 B</source>
        <translation>Top-1 B</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="115"/>
        <source>Δ top-1</source>
        <translation>Δ top-1</translation>
    </message>
</context>
<context>
    <name>PerClassView</name>
    <message>
        <location filename="../ui/views/PerClassView.cpp" line="23"/>
        <source>Only classes with mistakes</source>
        <translation>仅显示有错误的类别</translation>
    </message>
    <message>
        <location filename="../ui/views/PerClassView.cpp" line="29"/>
        <source>Filter by species or supercategory</source>
        <translation>按物种或超类筛选</translation>
    </message>
    <message>
        <location filename="../ui/views/PerClassView.cpp" line="45"/>
        <source>Its val images were taken for:</source>
        <translation>其验证图像被误判为：</translation>
    </message>
    <message>
        <location filename="../ui/views/PerClassView.cpp" line="114"/>
        <source>Nothing: every val image of it was right</source>
        <translation>无：其所有验证图像均判断正确</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/PerClassView.cpp" line="122"/>
        <source>%1 (%n image(s))</source>
        <translation>
            <numerusform>%1（%n 张图像）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../ui/views/PlotExport.cpp" line="36"/>
        <source>Unknown format &apos;%1&apos;: use .png, .pdf or .svg</source>
        <translation>未知格式“%1”：请使用 .png、.pdf 或 .svg</translation>
    </message>
    <message>
        <location filename="../ui/views/PlotExport.cpp" line="39"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/PlotExport.cpp" line="65"/>
        <location filename="../ui/views/PlotExport.cpp" line="69"/>
        <source>Export Plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/views/PlotExport.cpp" line="66"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/views/PlotExport.cpp" line="76"/>
        <source>Export Plot...</source>
        <translation>导出图表...</translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="39"/>
        <source>training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="40"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="41"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="42"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="42"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="60"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="88"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="90"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="92"/>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="94"/>
        <source>Best top-1</source>
        <translation>最佳 top-1</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="96"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SpeciesPanel</name>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="95"/>
        <source>%1 species · %2 training images · %3 validation images</source>
        <translation>%1 个物种 · %2 张训练图像 · %3 张验证图像</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="106"/>
        <source>Choose a taxon in the taxonomy</source>
        <translation>在分类体系中选择一个分类单元</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="106"/>
        <source>No dataset open</source>
        <translation>未打开数据集</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="109"/>
        <source>Select a species in the taxonomy, the long-tail plot or a split-check finding to see its images.</source>
        <translation>在分类体系、长尾图或划分检查结果中选择一个物种以查看其图像。</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="125"/>
        <source>%1 · %2 training images · %3 validation images · rank %4 of %5 species by training images</source>
        <translation>%1 · %2 张训练图像 · %3 张验证图像 · 按训练图像数在 %5 个物种中排第 %4</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="134"/>
        <source> · bucket %1–%2</source>
        <translation> · 区间 %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="140"/>
        <source>This species has no train or val images.</source>
        <translation>该物种没有训练或验证图像。</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="142"/>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;（%2）&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="144"/>
        <location filename="../ui/views/SpeciesPanel.cpp" line="167"/>
        <source>Select a species to see its images.</source>
        <translation>选择一个物种以查看其图像。</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="164"/>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(supercategory)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;（超类）&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="15"/>
        <location filename="../ui/views/StageProgress.cpp" line="120"/>
        <source>No training in progress</source>
        <translation>没有正在进行的训练</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="46"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="92"/>
        <source>Finished after step %1</source>
        <translation>在第 %1 步后完成</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="93"/>
        <source>Stopped at step %1</source>
        <translation>在第 %1 步停止</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="106"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="108"/>
        <source>epoch %1/%2</source>
        <translation>轮次 %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="109"/>
        <source>epoch %1/%2 · %3 left</source>
        <translation>轮次 %1/%2 · 剩余 %3</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="114"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="114"/>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="116"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="124"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="124"/>
        <source>Preparing the model and data...</source>
        <translation>正在准备模型和数据...</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="129"/>
        <source>Step %1 · loss %2 · %3 images/s</source>
        <translation>第 %1 步 · 损失 %2 · %3 张图像/秒</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="134"/>
        <source>Paused at step %1</source>
        <translation>在第 %1 步暂停</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="136"/>
        <source> · %1 left in all</source>
        <translation> · 总计剩余 %1</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../ui/models/SummaryModel.cpp" line="46"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryModel.cpp" line="70"/>
        <source>Supercategory</source>
        <translation>超类</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryModel.cpp" line="72"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryModel.cpp" line="74"/>
        <source>Train images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryModel.cpp" line="76"/>
        <source>Val images</source>
        <translation>验证图像</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="62"/>
        <source>&lt;b&gt;Split checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;划分检查&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="89"/>
        <source>Select a finding to list what it concerns.</source>
        <translation>选择一项检查结果以列出其涉及的内容。</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="93"/>
        <source>%1 images concerned; click one to view it.</source>
        <translation>涉及 %1 张图像；单击其中一张可查看。</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="95"/>
        <source>%1 species concerned; click one to show it.</source>
        <translation>涉及 %1 个物种；单击其中一个可显示。</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="99"/>
        <source>%1 more not listed.</source>
        <translation>另有 %1 项未列出。</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="102"/>
        <source>This finding names no species or images.</source>
        <translation>此检查结果未涉及任何物种或图像。</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="128"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 layout: %3 species, %4 train and %5 val images; reading the test split...</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 格式：%3 个物种，%4 张训练图像和 %5 张验证图像；正在读取测试集...</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="134"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 layout: %3 species, %4 train, %5 val and %6 test images</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 格式：%3 个物种，%4 张训练图像、%5 张验证图像和 %6 张测试图像</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="142"/>
        <source>Val drawn from the one folder: %1% of each class, seed %2</source>
        <translation>验证集取自同一文件夹：每个类别的 %1%，随机种子 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist %2 layout: %3 species, %4 train and %5 val images; reading the test split...</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist %2 格式：%3 个物种，%4 张训练图像和 %5 张验证图像；正在读取测试集...</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist %2 layout: %3 species, %4 train, %5 val and %6 test images</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist %2 格式：%3 个物种，%4 张训练图像、%5 张验证图像和 %6 张测试图像</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="147"/>
        <source>%1-%2: %3</source>
        <translation>%1-%2：%3</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="148"/>
        <source>Train images per species: min %1, median %2, max %3. Species per training-count bucket: %4</source>
        <translation>每个物种的训练图像数：最少 %1，中位数 %2，最多 %3。按训练图像数分组的物种数：%4</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="153"/>
        <source>All checks passed (%1)</source>
        <translation>所有检查均通过（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="169"/>
        <source>The split checks run once the test split is read.</source>
        <translation>读取测试集后将运行划分检查。</translation>
    </message>
</context>
<context>
    <name>TaxonomyModel</name>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="69"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="71"/>
        <source>kingdom</source>
        <translation>界</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="73"/>
        <source>phylum</source>
        <translation>门</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="75"/>
        <location filename="../ui/models/TaxonomyModel.cpp" line="98"/>
        <source>class</source>
        <translation>纲</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="77"/>
        <source>order</source>
        <translation>目</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="79"/>
        <source>family</source>
        <translation>科</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="81"/>
        <source>genus</source>
        <translation>属</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="83"/>
        <location filename="../ui/models/TaxonomyModel.cpp" line="99"/>
        <source>species</source>
        <translation>种</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="85"/>
        <source>supercategory</source>
        <translation>超类</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="97"/>
        <source>level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/TaxonomyModel.cpp" line="148"/>
        <source>%1 %2: %n species</source>
        <translation>
            <numerusform>%1 %2：%n 个物种</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="152"/>
        <source>%1% of the training images of %2, %3% of all</source>
        <translation>占 %2 训练图像的 %1%，占全部的 %3%</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="207"/>
        <source>Species at or below this taxon</source>
        <translation>此分类单元及其下级的物种数</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="209"/>
        <source>Training images at or below this taxon</source>
        <translation>此分类单元及其下级的训练图像数</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="211"/>
        <source>Validation images at or below this taxon</source>
        <translation>此分类单元及其下级的验证图像数</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="213"/>
        <source>Share of the parent&apos;s training images</source>
        <translation>占上级分类单元训练图像的比例</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="221"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="223"/>
        <source>Rank</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="225"/>
        <source>Species</source>
        <translation>物种</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="227"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="229"/>
        <source>Val</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="231"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>TaxonomyPanel</name>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="41"/>
        <source>Search taxa by name</source>
        <translation>按名称搜索分类单元</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="127"/>
        <source>at any rank</source>
        <translation>任意等级</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="131"/>
        <source>in %1 names</source>
        <translation>在%1名中</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="43"/>
        <source>Which rank the search text must match</source>
        <translation>搜索文本必须匹配的分类等级</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="49"/>
        <source>Fewest training images a shown species has</source>
        <translation>所显示物种的最少训练图像数</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="50"/>
        <source>Most training images a shown species has</source>
        <translation>所显示物种的最多训练图像数</translation>
    </message>
    <message>
        <source>7-rank tree</source>
        <translation type="vanished">7 级分类树</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="52"/>
        <source>Supercategory → species</source>
        <translation>超类 → 物种</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="54"/>
        <source>Show the full taxonomy or species grouped by supercategory</source>
        <translation>显示完整分类体系，或按超类分组显示物种</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="71"/>
        <source>Training images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="73"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="102"/>
        <source>Showing %1 of %2 species</source>
        <translation>显示 %1 / %2 个物种</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/TaxonomyPanel.cpp" line="135"/>
        <source>%n-rank tree</source>
        <translation>
            <numerusform>%n 级分类树</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message>
        <location filename="../ui/views/ThumbnailDelegate.cpp" line="46"/>
        <source>Cannot read
image</source>
        <translation>无法读取
图像</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailDelegate.cpp" line="46"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../ui/models/ThumbnailModel.cpp" line="52"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/models/ThumbnailModel.cpp" line="52"/>
        <source>val</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../ui/models/ThumbnailModel.cpp" line="60"/>
        <source>%1
%2 x %3 px, image id %4</source>
        <translation>%1
%2 x %3 px，图像 ID %4</translation>
    </message>
    <message>
        <location filename="../ui/models/ThumbnailModel.cpp" line="67"/>
        <source>(c) %1</source>
        <translation>(c) %1</translation>
    </message>
</context>
<context>
    <name>TrainConfigForm</name>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="55"/>
        <source>Average pooling</source>
        <translation>平均池化</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="56"/>
        <source>iSQRT-COV (second order)</source>
        <translation>iSQRT-COV（二阶）</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="61"/>
        <source>Instance (as in the data)</source>
        <translation>按实例（与数据一致）</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="62"/>
        <source>Class-balanced</source>
        <translation>类别均衡</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="63"/>
        <source>Square-root</source>
        <translation>平方根</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="64"/>
        <source>Power (q)</source>
        <translation>幂次 (q)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="66"/>
        <source>uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="67"/>
        <source>taxonomy-aware</source>
        <translation>考虑分类体系</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="68"/>
        <source>Automatic (CUDA if present)</source>
        <translation>自动（如有 CUDA 则使用）</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="69"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="70"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="71"/>
        <source>all cores</source>
        <translation>所有核心</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="73"/>
        <source>full epochs</source>
        <translation>完整轮次</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="77"/>
        <location filename="../ui/views/TrainConfigForm.cpp" line="78"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="82"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="83"/>
        <source>Caps the batches per epoch, for quick experiments</source>
        <translation>限制每轮的批次数，用于快速实验</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="86"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="86"/>
        <source>Trains</source>
        <translation>训练部分</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="86"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="86"/>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="86"/>
        <source>Peak LR</source>
        <translation>峰值学习率</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="91"/>
        <source>Stages run one after the other. Trains: all, head, last:K blocks. Data: train, or val to fine-tune on the balanced val split.</source>
        <translation>各阶段依次运行。训练部分：all、head、last:K 个块。数据：train，或 val（在均衡的验证集上微调）。</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="104"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="105"/>
        <source>Choose the run folder</source>
        <translation>选择运行文件夹</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="112"/>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="113"/>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="114"/>
        <source>&amp;Head:</source>
        <translation>分类头(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="115"/>
        <source>Crop / resize:</source>
        <translation>裁剪 / 缩放：</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="119"/>
        <source>Label smoothing:</source>
        <translation>标签平滑：</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="124"/>
        <source>Run folder:</source>
        <translation>运行文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="116"/>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="118"/>
        <source>&amp;Sampler:</source>
        <translation>采样器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="120"/>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="121"/>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="122"/>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="123"/>
        <source>&amp;Max steps:</source>
        <translation>最大步数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="134"/>
        <source>Quick CPU demo</source>
        <translation>CPU 快速演示</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="135"/>
        <source>2018 winner recipe (GPU)</source>
        <translation>2018 年冠军方案（GPU）</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="220"/>
        <source>Parent folder for the run</source>
        <translation>运行的上级文件夹</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="43"/>
        <source>Loss and learning rate</source>
        <translation>损失和学习率</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="45"/>
        <source>Accuracy per epoch</source>
        <translation>每轮准确率</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="55"/>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="56"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="57"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="58"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="59"/>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="67"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="69"/>
        <source>loss (smoothed)</source>
        <translation>损失（平滑）</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="70"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="73"/>
        <source>val top-1</source>
        <translation>验证 top-1</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="74"/>
        <source>val top-3</source>
        <translation>验证 top-3</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="75"/>
        <source>train top-1</source>
        <translation>训练 top-1</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="38"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="39"/>
        <location filename="../ui/views/TrainingPanel.cpp" line="278"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="40"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="46"/>
        <source>Train a new model with this configuration on the open dataset</source>
        <translation>使用此配置在已打开的数据集上训练新模型</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="48"/>
        <source>Pause after the current batch; click again to continue</source>
        <translation>在当前批次后暂停；再次单击可继续</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="49"/>
        <source>Stop after the current batch, saving a checkpoint to resume from</source>
        <translation>在当前批次后停止，并保存用于继续训练的检查点</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="55"/>
        <source>The training log appears here</source>
        <translation>训练日志显示在此处</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="62"/>
        <source>New run</source>
        <translation>新运行</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="63"/>
        <source>Past runs</source>
        <translation>历史运行</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="161"/>
        <source>A run is in progress; stop it first.</source>
        <translation>有运行正在进行；请先停止它。</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="165"/>
        <source>Open a dataset to train on.</source>
        <translation>请打开用于训练的数据集。</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="171"/>
        <source>Resuming %1</source>
        <translation>正在继续 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="172"/>
        <source>Starting %1</source>
        <translation>正在启动 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="184"/>
        <source>Cannot start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="209"/>
        <source>Pausing after the current batch</source>
        <translation>将在当前批次后暂停</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="209"/>
        <source>Continuing</source>
        <translation>继续中</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="215"/>
        <source>Stopping after the current batch...</source>
        <translation>将在当前批次后停止...</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="221"/>
        <source>Stopping and saving before closing...</source>
        <translation>正在停止并保存，然后关闭...</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="235"/>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="237"/>
        <source>Finished; best val top-1 %1%</source>
        <translation>已完成；最佳验证 top-1 %1%</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="240"/>
        <source>Stopped; resume it from Past runs</source>
        <translation>已停止；可在“历史运行”中继续</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="278"/>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../ui/workers/TrainingWorker.cpp" line="71"/>
        <source>Loading the ML engine (LibTorch)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/TrainingWorker.cpp" line="75"/>
        <source>ML engine loaded in %1 s: LibTorch %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workers/TrainingWorker.cpp" line="78"/>
        <source>%n CUDA device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workers/TrainingWorker.cpp" line="79"/>
        <source>CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/TrainingWorker.cpp" line="88"/>
        <source>No dataset is open</source>
        <translation>未打开数据集</translation>
    </message>
    <message>
        <location filename="../ui/workers/TrainingWorker.cpp" line="111"/>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fine-grained, long-tailed species classification workbench</source>
        <translation type="vanished">细粒度长尾物种分类工作台</translation>
    </message>
    <message>
        <source>Dataset folder, or annotation files, to open</source>
        <translation type="vanished">要打开的数据集文件夹或标注文件</translation>
    </message>
    <message>
        <source>Select the taxon of this name once the dataset is open</source>
        <translation type="vanished">数据集打开后选中该名称的分类单元</translation>
    </message>
    <message>
        <source>Show this tab first: species, longtail, summary, training, analysis, or pairs or classes (of the analysis)</source>
        <translation type="vanished">首先显示此选项卡：species、longtail、summary、training、analysis，或（分析中的）pairs、classes</translation>
    </message>
    <message>
        <source>Search the taxonomy for this text once the dataset is open</source>
        <translation type="vanished">数据集打开后在分类体系中搜索此文本</translation>
    </message>
    <message>
        <source>Start training with this preset (quick-cpu or winner-2018) once the dataset is open</source>
        <translation type="vanished">数据集打开后使用此预设（quick-cpu 或 winner-2018）开始训练</translation>
    </message>
    <message>
        <source>Analyse a run folder or a predictions CSV once the dataset is open</source>
        <translation type="vanished">数据集打开后分析运行文件夹或预测 CSV</translation>
    </message>
    <message>
        <source>With --analyse: compare with this run folder or predictions CSV</source>
        <translation type="vanished">与 --analyse 同用：与此运行文件夹或预测 CSV 进行比较</translation>
    </message>
</context>
</TS>
