<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message numerus="yes">
        <location filename="../ui/jobs/EngineProbe.cpp" line="18"/>
        <source>CUDA available: %n device(s)</source>
        <translation>
            <numerusform>CUDA 可用：%n 个设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/EngineProbe.cpp" line="19"/>
        <source>CUDA not available: training and prediction run on the CPU</source>
        <translation>CUDA 不可用：训练和预测在 CPU 上运行</translation>
    </message>
    <message>
        <location filename="../ui/jobs/EngineProbe.cpp" line="20"/>
        <source>ML engine: LibTorch %1, %2</source>
        <translation>ML 引擎：LibTorch %1，%2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/EngineProbe.cpp" line="23"/>
        <source>ML engine: %1</source>
        <translation>ML 引擎：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/common/AboutDialog.cpp" line="13"/>
        <source>Version %1
Qt %2 (built with %3)
%4</source>
        <translation>版本 %1
Qt %2（使用 %3 构建）
%4</translation>
    </message>
    <message>
        <location filename="../ui/views/common/AboutDialog.cpp" line="19"/>
        <source>About Taxa Workbench</source>
        <translation>关于 Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/views/common/AboutDialog.cpp" line="23"/>
        <source>&lt;h2&gt;Taxa Workbench&lt;/h2&gt;&lt;p&gt;Fine-grained, long-tailed species classification: inspect iNaturalist datasets, train classifiers with the methods that won the 2018 competition, and analyse their errors.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Taxa Workbench&lt;/h2&gt;&lt;p&gt;细粒度、长尾分布的物种分类：查看 iNaturalist 数据集，使用 2018 年竞赛的获胜方法训练分类器，并分析其错误。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/common/AboutDialog.cpp" line="50"/>
        <source>ML engine: loading to read its versions...</source>
        <translation>ML 引擎：正在加载以读取其版本...</translation>
    </message>
</context>
<context>
    <name>AnalysisOverview</name>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="27"/>
        <source>Mean per-class top-1 accuracy by supercategory</source>
        <translation>按超类统计的每类平均 top-1 准确率</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="27"/>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="30"/>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="29"/>
        <source>Mean per-class top-1 accuracy by training images</source>
        <translation>按训练图像数统计的每类平均 top-1 准确率</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="31"/>
        <source>Top-1 errors by the closest shared rank</source>
        <translation>按最近共同分类等级统计的 top-1 错误</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="31"/>
        <source>Share of errors (%)</source>
        <translation>错误占比 (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="39"/>
        <source>Each species&apos; top-1 precision, recall (its top-1 accuracy) and F1, averaged with equal weight; a species never guessed counts as precision 0</source>
        <translation>每个物种的 top-1 精确率、召回率（即其 top-1 准确率）和 F1 的等权平均；从未被预测的物种精确率计为 0</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="49"/>
        <source>Lowest rank that truth and prediction share</source>
        <translation>真实类别与预测共有的最低分类等级</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="50"/>
        <source>Training images per species</source>
        <translation>每个物种的训练图像数</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="65"/>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="66"/>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="119"/>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="80"/>
        <source>%1 classes, %2 val images</source>
        <translation>%1 个类别，%2 张验证图像</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="95"/>
        <source>%1–%2
%3 spp.</source>
        <translation>%1–%2
%3 个物种</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="117"/>
        <source>&lt;b&gt;Macro average over %n species:&lt;/b&gt; %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个物种的宏平均：&lt;/b&gt;%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="136"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="101"/>
        <source>%1 classes with %2 val images</source>
        <translation>%1 个类别有 %2 张验证图像</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="18"/>
        <source>precision %1 · recall %2 · F1 %3</source>
        <translation>精确率 %1 · 召回率 %2 · F1 %3</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="148"/>
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="162"/>
        <source>Clear B</source>
        <translation>清除 B</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="76"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="77"/>
        <source>Confused pairs</source>
        <translation>易混淆物种对</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="78"/>
        <source>Per class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="147"/>
        <source>&amp;Open Predictions...</source>
        <translation>打开预测(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="149"/>
        <source>A Kaggle submission CSV (id,predicted) or a top-k store of the val split</source>
        <translation>Kaggle 提交 CSV（id,predicted）或验证集的 top-k 存储</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="150"/>
        <source>From &amp;Run...</source>
        <translation>来自运行(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="151"/>
        <source>A training run: its saved val predictions, or its best checkpoint&apos;s</source>
        <translation>一次训练运行：其保存的验证集预测，或其最佳检查点的预测</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="152"/>
        <source>&amp;Predict with a Checkpoint...</source>
        <translation>用检查点预测(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="153"/>
        <source>Predict the val split with a checkpoint (.pt), in the background</source>
        <translation>在后台用检查点（.pt）预测验证集</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="159"/>
        <source>Compare &amp;with</source>
        <translation>对比对象(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="155"/>
        <source>Predictions File...</source>
        <translation>预测文件...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="156"/>
        <source>Run...</source>
        <translation>运行...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="157"/>
        <source>Checkpoint...</source>
        <translation>检查点...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="160"/>
        <source>A second prediction set (B) to compare class by class</source>
        <translation>第二组预测（B），用于逐类比较</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="169"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="165"/>
        <source>Report (JSON or CSV)...</source>
        <translation>报告（JSON 或 CSV）...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="166"/>
        <source>All Plots (PNG, PDF or SVG)...</source>
        <translation>所有图表（PNG、PDF 或 SVG）...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="163"/>
        <source>Stop comparing</source>
        <translation>停止比较</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="47"/>
        <source>top-%1 error %2</source>
        <translation>top-%1 错误率 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="79"/>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="80"/>
        <source>Label errors</source>
        <translation>标注错误</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="81"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="82"/>
        <source>Precision-recall</source>
        <translation>精确率-召回率</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="83"/>
        <source>Geo prior</source>
        <translation>地理先验</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="84"/>
        <source>Feature map</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="127"/>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="207"/>
        <source>Open a dataset first</source>
        <translation>请先打开数据集</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="221"/>
        <source>Analysed %1</source>
        <translation>已分析 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="222"/>
        <source>Comparing with %1</source>
        <translation>正在与 %1 比较</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="229"/>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="235"/>
        <source>Analysing %1...</source>
        <translation>正在分析 %1...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="240"/>
        <source>Predicting with %1...</source>
        <translation>正在用 %1 预测...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="248"/>
        <source>%1 has no checkpoint to predict with yet</source>
        <translation>%1 还没有可用于预测的检查点</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="282"/>
        <source>Open predictions of the val split, take them from a run, or predict with a checkpoint.</source>
        <translation>打开验证集的预测、从运行中获取预测，或用检查点进行预测。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="284"/>
        <source>Open a dataset, then predictions of its val split.</source>
        <translation>先打开数据集，再打开其验证集的预测。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="290"/>
        <source>&lt;b&gt;Top-%1 error %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;top-%1 错误率 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="291"/>
        <source>(the %1 metric)</source>
        <translation>（%1 的评价指标）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="293"/>
        <source>%1 val images</source>
        <translation>%1 张验证图像</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="300"/>
        <source>B: top-%1 error %2 (%3 points)</source>
        <translation>B：top-%1 错误率 %2（%3 个百分点）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="340"/>
        <source>Nothing analysed yet</source>
        <translation>尚未分析任何内容</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="371"/>
        <source>Open Predictions</source>
        <translation>打开预测</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="371"/>
        <source>Compare with Predictions</source>
        <translation>与预测比较</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="372"/>
        <source>Predictions (*.csv);;All files (*)</source>
        <translation>预测 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="378"/>
        <source>Predict with a Checkpoint</source>
        <translation>用检查点预测</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="379"/>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>检查点 (*.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="384"/>
        <source>Choose a Run</source>
        <translation>选择运行</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="390"/>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="394"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="391"/>
        <source>JSON report (*.json);;CSV tables (*.csv)</source>
        <translation>JSON 报告 (*.json);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="399"/>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="403"/>
        <source>Export All Plots</source>
        <translation>导出所有图表</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="400"/>
        <source>PNG images (*.png);;PDF documents (*.pdf);;SVG drawings (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 绘图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>AnalysisResult</name>
    <message>
        <location filename="../ui/state/AnalysisResult.cpp" line="122"/>
        <source>none (other kingdoms)</source>
        <translation>无（不同的界）</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../ui/workers/BackgroundJob.cpp" line="70"/>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundJob.cpp" line="72"/>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../ui/views/common/BarChart.cpp" line="34"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BarChart.cpp" line="35"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BarChart.cpp" line="200"/>
        <source>%1: %2%&lt;br&gt;%3: %4%</source>
        <translation>%1：%2%&lt;br&gt;%3：%4%</translation>
    </message>
</context>
<context>
    <name>BucketPlot</name>
    <message>
        <location filename="../ui/views/common/BucketPlot.cpp" line="12"/>
        <source>Training images per species</source>
        <translation>每个物种的训练图像数</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BucketPlot.cpp" line="13"/>
        <source>Species</source>
        <translation>物种数</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BucketPlot.cpp" line="18"/>
        <source>Species per training-count bucket</source>
        <translation>按训练图像数分组的物种数</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BucketPlot.cpp" line="36"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BucketPlot.cpp" line="120"/>
        <source>&lt;b&gt;%1 training images: %2 species&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 张训练图像：%2 个物种&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BucketPlot.cpp" line="127"/>
        <source>Click to list these species</source>
        <translation>单击以列出这些物种</translation>
    </message>
</context>
<context>
    <name>CalibrationModel</name>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="18"/>
        <source>All val images</source>
        <translation>全部验证图像</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="28"/>
        <source>%1–%2 training images</source>
        <translation>%1–%2 张训练图像</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="97"/>
        <source>Expected calibration error: 15 equal-width bins of top-1 confidence, the image-weighted mean gap between accuracy and confidence</source>
        <translation>期望校准误差：将 top-1 置信度分为 15 个等宽区间，按图像数加权的准确率与置信度之间的平均差距</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="101"/>
        <source>The same after temperature scaling (T fitted on minival)</source>
        <translation>温度缩放后的同一指标（T 在 minival 上拟合）</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="107"/>
        <source>Images of</source>
        <translation>图像分组</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="109"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="111"/>
        <source>Top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="113"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="115"/>
        <source>ECE</source>
        <translation>ECE</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="117"/>
        <source>ECE with T</source>
        <translation>ECE（T 缩放后）</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="58"/>
        <source>Apply temperature scaling: T = %1, fitted on the %2 minival images</source>
        <translation>应用温度缩放：T = %1，基于 %2 张 minival 图像拟合</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="62"/>
        <source>Temperature scaling needs scored images in minival</source>
        <translation>温度缩放需要 minival 中带分数的图像</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="64"/>
        <source>Open predictions to see how far their confidence can be trusted.</source>
        <translation>打开预测以查看其置信度在多大程度上可信。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="67"/>
        <source>Calibration needs scores: open the top-k store (val.topk.csv) that taxa-cli predict writes beside the CSV.</source>
        <translation>校准需要分数：请打开 taxa-cli predict 在 CSV 旁写入的 top-k 存储（val.topk.csv）。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="71"/>
        <source>&lt;b&gt;Expected calibration error %1&lt;/b&gt; · mean confidence %2 against top-1 accuracy %3 (%4)</source>
        <translation>&lt;b&gt;期望校准误差 %1&lt;/b&gt; · 平均置信度 %2，top-1 准确率 %3（%4）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="75"/>
        <source>over-confident</source>
        <translation>过度自信</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="76"/>
        <source>under-confident</source>
        <translation>自信不足</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="79"/>
        <source>Temperature scaling, on the %1 images outside minival: %2 before, %3 after.</source>
        <translation>温度缩放（minival 之外的 %1 张图像）：缩放前 %2，缩放后 %3。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="96"/>
        <source>Reliability diagram</source>
        <translation>可靠性图</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="101"/>
        <source>%1, with T = %2: ECE %3</source>
        <translation>%1，T = %2：ECE %3</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="104"/>
        <source>%1: ECE %2</source>
        <translation>%1：ECE %2</translation>
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
    <name>ConfusionBrowser</name>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="27"/>
        <source>supercategory</source>
        <translation>超类</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="47"/>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="48"/>
        <source>Back to the block one level up</source>
        <translation>返回上一级的区块</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="56"/>
        <source>By:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="74"/>
        <source>All taxa</source>
        <translation>所有分类单元</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="116"/>
        <source>Open predictions to browse what is taken for what.</source>
        <translation>打开预测以浏览哪些类别被误判为哪些类别。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="123"/>
        <source>%1 val images taken for another species, among %2 × %3 taxa by %4. Click a cell to %5.</source>
        <translation>%1 张验证图像被误判为其他物种，涉及按%4划分的 %2 × %3 个分类单元。单击单元格可%5。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="129"/>
        <source>see the two species side by side</source>
        <translation>并排查看这两个物种</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="129"/>
        <source>zoom into the two taxa</source>
        <translation>放大查看这两个分类单元</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="130"/>
        <source>Click: the pair side by side</source>
        <translation>单击：并排查看该物种对</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="130"/>
        <source>Click: zoom in</source>
        <translation>单击：放大</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="153"/>
        <source>%1 as %2</source>
        <translation>%1 误判为 %2</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../ui/views/analysis/ConfusionMatrixView.cpp" line="88"/>
        <source>No confusions to show</source>
        <translation>没有可显示的混淆</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionMatrixView.cpp" line="170"/>
        <source>val images per cell (log scale)</source>
        <translation>每个单元格的验证图像数（对数刻度）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/analysis/ConfusionMatrixView.cpp" line="198"/>
        <source>&lt;b&gt;%1&lt;/b&gt; taken for &lt;b&gt;%2&lt;/b&gt;: %n val image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 误判为 &lt;b&gt;%2&lt;/b&gt;：%n 张验证图像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetSource</name>
    <message>
        <location filename="../ui/state/DatasetSource.cpp" line="64"/>
        <source>%1: a locations file must name its split (train or val)</source>
        <translation>%1：位置文件必须指明其划分（train 或 val）</translation>
    </message>
    <message>
        <location filename="../ui/state/DatasetSource.cpp" line="74"/>
        <source>%1: cannot tell which part of a dataset this is; expected a name like train2018.json, val2018.json, test2018.json or categories.json</source>
        <translation>%1：无法判断这是数据集的哪一部分；文件名应类似 train2018.json、val2018.json、test2018.json 或 categories.json</translation>
    </message>
    <message>
        <location filename="../ui/state/DatasetSource.cpp" line="81"/>
        <source>Choose at least a train annotation file (such as train2018.json)</source>
        <translation>请至少选择一个训练标注文件（如 train2018.json）</translation>
    </message>
</context>
<context>
    <name>FeatureMapView</name>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="30"/>
        <source>no label</source>
        <translation>无标签</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="44"/>
        <source>, most: %1</source>
        <translation>，最多：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="95"/>
        <source>Supercategory</source>
        <translation>超类</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="95"/>
        <source>Right or wrong</source>
        <translation>对或错</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="95"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="96"/>
        <source>Training images of the species</source>
        <translation>该物种的训练图像数</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="97"/>
        <source>What the colour of a point says</source>
        <translation>点的颜色表示什么</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="105"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="106"/>
        <source>Lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="107"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="115"/>
        <source>Compute Map</source>
        <translation>计算特征图</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="117"/>
        <source>Lay out every train and val image by the run&apos;s features, in the background (the features are computed first if the run has none)</source>
        <translation>按该运行的特征在后台排布每张训练和验证图像（若运行尚无特征则先计算特征）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="119"/>
        <source>Open Map...</source>
        <translation>打开特征图...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="120"/>
        <source>A map written by taxa-cli map-features (FILE.map.bin)</source>
        <translation>由 taxa-cli map-features 写出的特征图（FILE.map.bin）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="141"/>
        <source>Draw a lasso or a rectangle to list the images inside.</source>
        <translation>画出套索或矩形以列出其中的图像。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="181"/>
        <source>Open a dataset and analyse a run to map its images.</source>
        <translation>打开数据集并分析一次运行，以绘制其图像的特征图。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="184"/>
        <source>These predictions name no run, so there are no features to map. Analyse a run, or open a map made with taxa-cli map-features.</source>
        <translation>这些预测未指明运行，因此没有可绘制的特征。请分析一次运行，或打开用 taxa-cli map-features 生成的特征图。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="188"/>
        <source>This run has no map yet. Compute Map lays out its %1 train and val images (on two cores about a second per 2,000 images; the features come first if the run has none).</source>
        <translation>该运行还没有特征图。“计算特征图”将排布其 %1 张训练和验证图像（双核上约每 2,000 张 1 秒；若运行尚无特征则先计算特征）。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="199"/>
        <source>Mapping the run&apos;s features...</source>
        <translation>正在绘制该运行的特征图...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="207"/>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="213"/>
        <source>Open Feature Map</source>
        <translation>打开特征图</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="213"/>
        <source>Feature maps (*.map.bin);;All files (*)</source>
        <translation>特征图 (*.map.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="221"/>
        <source>%1 images mapped (%2). Drag to pan, wheel to zoom, double-click to see the whole map.</source>
        <translation>已绘制 %1 张图像（%2）。拖动以平移，滚轮缩放，双击查看整张图。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="267"/>
        <source>Point at an image to see its photo.</source>
        <translation>指向一张图像以查看其照片。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="279"/>
        <source>The photo cannot be read.</source>
        <translation>无法读取该照片。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="296"/>
        <source>Predicted right: %1</source>
        <translation>预测正确：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="297"/>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Predicted wrong: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;预测错误：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="321"/>
        <source>%1 images of %2 species selected</source>
        <translation>已选 %1 张图像，涉及 %2 个物种</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="325"/>
        <source> (the first %1 listed)</source>
        <translation>（列出前 %1 张）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="326"/>
        <source>; double-click one to open it.</source>
        <translation>；双击可打开。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="352"/>
        <source>Highlighted: %1 (%2 images) &lt;a href=&apos;clear&apos;&gt;clear&lt;/a&gt;</source>
        <translation>已高亮：%1（%2 张图像）&lt;a href=&apos;clear&apos;&gt;清除&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>FindingItemsModel</name>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="61"/>
        <source>%1 (%2 train, %3 val)</source>
        <translation>%1（训练 %2，验证 %3）</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="69"/>
        <source>%1 (%2, id %3)</source>
        <translation>%1（%2，ID %3）</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="75"/>
        <source>Click to show this species</source>
        <translation>单击以显示此物种</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="75"/>
        <source>Click to show this image</source>
        <translation>单击以显示此图像</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="93"/>
        <source>unlabelled</source>
        <translation>无标签</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="94"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="107"/>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="111"/>
        <source>Click to see both photos side by side</source>
        <translation>点击以并排查看两张照片</translation>
    </message>
</context>
<context>
    <name>GeoPriorView</name>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="34"/>
        <source>Use the prior (the comparison B becomes A times the prior)</source>
        <translation>使用先验（对比对象 B 变为 A 乘以先验）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="35"/>
        <source>Train Network Prior</source>
        <translation>训练网络先验</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="37"/>
        <source>Mac Aodha et al.&apos;s network of place and date, trained on the training photos&apos; locations (the paper&apos;s 30 epochs)</source>
        <translation>Mac Aodha 等人的地点与日期网络，在训练照片的位置上训练（沿用论文的 30 轮）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="39"/>
        <source>Build Grid Prior</source>
        <translation>构建网格先验</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="40"/>
        <source>Counts per 2-degree cell of latitude and longitude: no training</source>
        <translation>按经纬度 2 度网格单元计数：无需训练</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="41"/>
        <source>Open Prior...</source>
        <translation>打开先验...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="45"/>
        <source>Open a Geographic Prior</source>
        <translation>打开地理先验</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="47"/>
        <source>Geographic priors (*.geo)</source>
        <translation>地理先验 (*.geo)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="79"/>
        <source>A × %1 prior</source>
        <translation>A × %1 先验</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="132"/>
        <source>Training the network prior...</source>
        <translation>正在训练网络先验...</translation>
    </message>
    <message>
        <location filename="../ui/jobs/GeoPriorJobs.cpp" line="45"/>
        <source>%1 epochs in %2 s, final loss %3</source>
        <translation>%1 轮，用时 %2 秒，最终损失 %3</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="142"/>
        <source>Counting photos per cell...</source>
        <translation>正在按单元格统计照片...</translation>
    </message>
    <message>
        <location filename="../ui/jobs/GeoPriorJobs.cpp" line="59"/>
        <source>2-degree cells</source>
        <translation>2 度网格单元</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="150"/>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="169"/>
        <source>Scoring the prior alone on val...</source>
        <translation>正在验证集上单独评估先验...</translation>
    </message>
    <message>
        <location filename="../ui/jobs/GeoPriorJobs.cpp" line="76"/>
        <source>Alone on %1 located val photos: top-1 %2, top-3 %3 (class frequency: top-1 %4, top-3 %5)</source>
        <translation>单独用于 %1 张有位置的验证照片：top-1 %2，top-3 %3（按类别频率：top-1 %4，top-3 %5）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="197"/>
        <source>Train or open a prior first</source>
        <translation>请先训练或打开先验</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="198"/>
        <source>Open predictions of the val split first</source>
        <translation>请先打开验证集的预测</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="204"/>
        <source>The prior needs the predictions&apos; scores: open a top-k store (FILE.topk.csv) or predict with a checkpoint</source>
        <translation>先验需要预测的分数：请打开 top-k 存储（FILE.topk.csv）或用检查点预测</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="211"/>
        <source>Multiplying the predictions by the prior...</source>
        <translation>正在将预测乘以先验...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="220"/>
        <source>No geographic prior yet. Train the network prior (Mac Aodha, Cole and Perona, ICCV 2019) or build the grid prior from the training photos&apos; places, or open one.</source>
        <translation>尚无地理先验。请训练网络先验（Mac Aodha、Cole 和 Perona，ICCV 2019），或根据训练照片的地点构建网格先验，或打开一个先验。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="224"/>
        <source>&lt;b&gt;%1 prior&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 先验&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="231"/>
        <source>Val top-1 error &lt;b&gt;%1 without, %2 with&lt;/b&gt; the prior; top-3 error %3 without, %4 with. Of the %6 most confused pairs, the prior separates %5 more often (below, most separated first).</source>
        <translation>验证集 top-1 错误率：&lt;b&gt;不用先验 %1，使用先验 %2&lt;/b&gt;；top-3 错误率：不用 %3，使用 %4。在最易混淆的 %6 对物种中，先验使 %5 对更常被区分开（见下方，区分最明显的在前）。</translation>
    </message>
</context>
<context>
    <name>ImageEvidence</name>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="31"/>
        <source>Open the Pair</source>
        <translation>打开物种对</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="32"/>
        <source>In Species View</source>
        <translation>在物种视图中查看</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="40"/>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="111"/>
        <source>Click to see the photo larger</source>
        <translation>单击以放大照片</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="46"/>
        <source>The labelled species and the predicted one side by side</source>
        <translation>并排显示标注物种和预测物种</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="47"/>
        <source>The image in its species&apos; view, with its metadata</source>
        <translation>在其物种视图中显示该图像及其元数据</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="110"/>
        <source>Click to see the photo smaller</source>
        <translation>单击以缩小照片</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="126"/>
        <source>Cannot read the image</source>
        <translation>无法读取图像</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="126"/>
        <source>Loading...</source>
        <translation>正在加载...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="138"/>
        <source>Choose a val image to see what the model made of it</source>
        <translation>选择一张验证图像以查看模型对它的判断</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="156"/>
        <source>&lt;b&gt;Val image %1&lt;/b&gt;: labelled &lt;b&gt;%2&lt;/b&gt;, predicted &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;验证图像 %1&lt;/b&gt;：标注为 &lt;b&gt;%2&lt;/b&gt;，预测为 &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="179"/>
        <source>These predictions carry no scores (a Kaggle CSV); its guesses: %1</source>
        <translation>这些预测不含分数（Kaggle CSV）；该图像的预测：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="184"/>
        <source>Confidence %1 · label %2 · hardness %3 nats · mistakenness %4</source>
        <translation>置信度 %1 · 标注类别 %2 · 难度 %3 nat · 误标程度 %4</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="191"/>
        <source>Likely label error %1 of %2</source>
        <translation>可能的标注错误：第 %1 个（共 %2 个）</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="100"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="101"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="102"/>
        <source>Species</source>
        <translation>物种</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="103"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="104"/>
        <source>Rights holder</source>
        <translation>版权所有者</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="105"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="106"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="107"/>
        <source>Observer</source>
        <translation>观察者</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="108"/>
        <source>Bounding box</source>
        <translation>边界框</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="146"/>
        <source>Select an image to view it here.</source>
        <translation>选择图像以在此处查看。</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="158"/>
        <source>%1 (image id %2)</source>
        <translation>%1（图像 ID %2）</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="162"/>
        <source>unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="166"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="174"/>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="176"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="176"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="178"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="178"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="180"/>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="186"/>
        <source>%1 × %2 at %3, %4</source>
        <translation>%1 × %2，位于 %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="218"/>
        <source>Cannot read this image file:
%1</source>
        <translation>无法读取此图像文件：
%1</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="220"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <location filename="../ui/views/common/JobStatus.cpp" line="30"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/common/JobStatus.cpp" line="55"/>
        <source>Still busy; cancel or wait</source>
        <translation>仍在处理中；请取消或等待</translation>
    </message>
    <message>
        <location filename="../ui/views/common/JobStatus.cpp" line="84"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/views/common/JobStatus.cpp" line="97"/>
        <source>%1 elapsed</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/common/JobStatus.cpp" line="100"/>
        <source>, about %1 left</source>
        <translation>，约剩 %1</translation>
    </message>
</context>
<context>
    <name>LabelErrorsModel</name>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="88"/>
        <source>Probability of the predicted class</source>
        <translation>预测类别的概率</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="90"/>
        <source>Probability of the labelled class (outside the top k: the rest of the mass spread evenly)</source>
        <translation>标注类别的概率（不在 top k 内时：剩余概率质量平均分配）</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="94"/>
        <source>FiftyOne&apos;s mistakenness: (1 + exp(-entropy)) / 2 for a wrong prediction; near 1, the model is sure the label is wrong</source>
        <translation>FiftyOne 的误标程度（mistakenness）：预测错误时为 (1 + exp(-熵)) / 2；接近 1 表示模型确信标注有误</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="98"/>
        <source>Entropy of the prediction, in nats</source>
        <translation>预测的熵（单位：nat）</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="105"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="107"/>
        <source>Labelled as</source>
        <translation>标注为</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="109"/>
        <source>Predicted</source>
        <translation>预测为</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="111"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="113"/>
        <source>P(label)</source>
        <translation>P(标注)</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="115"/>
        <source>Mistakenness</source>
        <translation>误标程度</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="117"/>
        <source>Hardness</source>
        <translation>难度</translation>
    </message>
</context>
<context>
    <name>LabelErrorsView</name>
    <message>
        <location filename="../ui/views/analysis/LabelErrorsView.cpp" line="30"/>
        <source>Double-click: the labelled and the predicted species side by side</source>
        <translation>双击：并排显示标注物种和预测物种</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LabelErrorsView.cpp" line="75"/>
        <source>Open predictions to rank their likely label errors.</source>
        <translation>打开预测以对可能的标注错误进行排序。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LabelErrorsView.cpp" line="78"/>
        <source>Ranking label errors needs scores: open the top-k store (val.topk.csv) that taxa-cli predict writes beside the CSV.</source>
        <translation>对标注错误排序需要分数：请打开 taxa-cli predict 在 CSV 旁写入的 top-k 存储（val.topk.csv）。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LabelErrorsView.cpp" line="82"/>
        <source>%1 val images were predicted as another species. Those the model is surest about come first (FiftyOne&apos;s mistakenness): a wrong label, or a look-alike the model has learnt too confidently.</source>
        <translation>%1 张验证图像被预测为其他物种。模型最有把握的排在最前（FiftyOne 的误标程度）：可能是标注错误，也可能是模型过于自信地学到的相似物种。</translation>
    </message>
</context>
<context>
    <name>LaunchedRun</name>
    <message>
        <location filename="../ui/jobs/LaunchedRun.cpp" line="44"/>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/LaunchedRun.cpp" line="101"/>
        <source>Cannot write the run&apos;s config to %1: %2</source>
        <translation>无法将运行配置写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/LaunchedRun.cpp" line="263"/>
        <source>taxa-cli crashed</source>
        <translation>taxa-cli 已崩溃</translation>
    </message>
    <message>
        <location filename="../ui/jobs/LaunchedRun.cpp" line="264"/>
        <source>taxa-cli ended with status %1</source>
        <translation>taxa-cli 以状态 %1 退出</translation>
    </message>
</context>
<context>
    <name>LongTailPanel</name>
    <message>
        <location filename="../ui/views/dataset/LongTailPanel.cpp" line="12"/>
        <source>Point at a species to name it; click to select it in the taxonomy, double-click to open it. Drag or scroll to zoom along the species; right-click to show all. Click a bucket to list its species.</source>
        <translation>指向物种可显示其名称；单击可在分类体系中选中它，双击可打开它。拖动或滚动可沿物种轴缩放；右键单击可显示全部。单击某个区间可列出其中的物种。</translation>
    </message>
</context>
<context>
    <name>LongTailPlot</name>
    <message>
        <location filename="../ui/views/dataset/LongTailPlot.cpp" line="21"/>
        <source>Species, most training images first</source>
        <translation>物种（按训练图像数从多到少）</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/LongTailPlot.cpp" line="22"/>
        <source>Training images (log scale)</source>
        <translation>训练图像（对数刻度）</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/LongTailPlot.cpp" line="31"/>
        <source>Images per species: the long tail</source>
        <translation>每个物种的图像数：长尾</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/LongTailPlot.cpp" line="174"/>
        <source>&lt;i&gt;%1&lt;/i&gt;&lt;br&gt;%2&lt;br&gt;%3 training images, %4 val&lt;br&gt;%5 of %6 by training images</source>
        <translation>&lt;i&gt;%1&lt;/i&gt;&lt;br&gt;%2&lt;br&gt;%3 张训练图像，%4 张验证图像&lt;br&gt;按训练图像数排第 %5（共 %6 个）</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/LongTailPlot.cpp" line="216"/>
        <source>Show all species</source>
        <translation>显示所有物种</translation>
    </message>
</context>
<context>
    <name>LookAlikesView</name>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="24"/>
        <source>Find Look-alikes</source>
        <translation>查找相似图像</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="26"/>
        <source>Compute the model&apos;s features of every train and val image with the ML engine and keep them in the run&apos;s predictions folder (features.bin)</source>
        <translation>用 ML 引擎计算模型对每张训练和验证图像提取的特征，并保存在该运行的预测文件夹中（features.bin）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="50"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="85"/>
        <source>Reading the run&apos;s features...</source>
        <translation>正在读取该运行的特征...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="92"/>
        <source>Computing features...</source>
        <translation>正在计算特征...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="127"/>
        <source>Busy with the previous predictions; try again in a moment</source>
        <translation>仍在处理上一组预测；请稍后重试</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="141"/>
        <source>Look-alikes need the run&apos;s checkpoint (predictions opened from a run folder)</source>
        <translation>查找相似图像需要该运行的检查点（需从运行文件夹打开预测）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="145"/>
        <source>The run&apos;s features were computed through another checkpoint: find look-alikes again to compute them for this model</source>
        <translation>该运行的特征是用另一个检查点计算的：请重新查找相似图像，以便为此模型计算特征</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="149"/>
        <source>No features for this run yet: find look-alikes to compute them (every train and val image, once)</source>
        <translation>该运行尚无特征：查找相似图像即可计算（每张训练和验证图像计算一次）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="152"/>
        <source>This image has no features (computed before it was added?)</source>
        <translation>此图像没有特征（特征是否在添加该图像之前计算？）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="155"/>
        <source>Training images that the model sees as most alike (cosine similarity of its penultimate features)</source>
        <translation>模型认为最相似的训练图像（基于倒数第二层特征的余弦相似度）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="168"/>
        <source>Any species</source>
        <translation>任意物种</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="172"/>
        <source>%1 (cosine %2 to %3)</source>
        <translation>%1（余弦 %2 至 %3）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>Taxonomy</source>
        <translation>分类体系</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63"/>
        <source>Taxa Workbench</source>
        <translation>Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Species</source>
        <translation>物种</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Long tail</source>
        <translation>长尾</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Cannot open dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Opening cancelled</source>
        <translation>已取消打开</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Could not read the test split: %1</source>
        <translation>无法读取测试集：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>&amp;Open Dataset Folder...</source>
        <translation>打开数据集文件夹(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Open Dataset &amp;Files...</source>
        <translation>打开数据集文件(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>Open &amp;Demo Dataset</source>
        <translation>打开演示数据集(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>&amp;Find Taxon</source>
        <translation>查找分类单元(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;Species</source>
        <translation>物种(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Long Tail</source>
        <translation>长尾(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>S&amp;ummary</source>
        <translation>概览(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>&amp;About Taxa Workbench</source>
        <translation>关于 Taxa Workbench(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="258"/>
        <source>%1 (in %2)</source>
        <translation>%1（位于 %2）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>Open an iNaturalist dataset folder</source>
        <translation>打开 iNaturalist 数据集文件夹</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Choose annotation files (train, and optionally val, test, categories)</source>
        <translation>选择标注文件（train，以及可选的 val、test、categories）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="295"/>
        <source>Still closing the previous dataset; try again in a moment</source>
        <translation>仍在关闭上一个数据集；请稍后重试</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>%1: no such file or folder</source>
        <translation>%1：没有此文件或文件夹</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311"/>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>%1 - Taxa Workbench</source>
        <translation>%1 - Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>Opened %1; reading the test split...</source>
        <translation>已打开 %1；正在读取测试集...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>Drawing the demo dataset...</source>
        <translation>正在生成演示数据集...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <source>Demo dataset</source>
        <translation>演示数据集</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="406"/>
        <source>Cannot write the demo dataset</source>
        <translation>无法写入演示数据集</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="443"/>
        <source>Training in progress</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="444"/>
        <source>A model is training. Stop it and quit?

The run is saved after the current batch and can be resumed from the Training tab.</source>
        <translation>正在训练模型。要停止训练并退出吗？

本次运行会在当前批次后保存，之后可在“训练”选项卡中继续。</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="23"/>
        <source>Train photos</source>
        <translation>训练照片</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="24"/>
        <source>Val photos</source>
        <translation>验证照片</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="49"/>
        <location filename="../ui/views/maps/MapPanel.cpp" line="64"/>
        <source>Choose a taxon in the tree to see where it was photographed</source>
        <translation>在树中选择一个分类单元以查看其拍摄地点</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="63"/>
        <source>This dataset has no locations file: nothing to map</source>
        <translation>此数据集没有位置文件：无可绘制的内容</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="72"/>
        <source>All taxa</source>
        <translation>所有分类单元</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="85"/>
        <source>%1 (supercategory)</source>
        <translation>%1（超类）</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="140"/>
        <source>%1 train and %2 val photos with a place</source>
        <translation>%1 张训练照片和 %2 张验证照片带有地点</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="144"/>
        <source>; %1 without one</source>
        <translation>；%1 张没有地点</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="146"/>
        <source>; %1 without a date</source>
        <translation>；%1 张没有日期</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="148"/>
        <source>Drag to pan, scroll to zoom, double-click to fit.</source>
        <translation>拖动以平移，滚动以缩放，双击以适应窗口。</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="159"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="161"/>
        <source>val</source>
        <translation>验证</translation>
    </message>
</context>
<context>
    <name>MonthHistogram</name>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="13"/>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="13"/>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="13"/>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="14"/>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="14"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="14"/>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="15"/>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="15"/>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="15"/>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="16"/>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="16"/>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="16"/>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="33"/>
        <source>Photos per month</source>
        <translation>每月照片数</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="46"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="47"/>
        <source>val</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="55"/>
        <source>% of the split&apos;s photos</source>
        <translation>占该划分照片的 %</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="97"/>
        <source>%1: %2 train photos (%3%), %4 val photos (%5%)</source>
        <translation>%1：%2 张训练照片（%3%），%4 张验证照片（%5%）</translation>
    </message>
</context>
<context>
    <name>NearDuplicateJob</name>
    <message>
        <location filename="../ui/jobs/NearDuplicateJob.cpp" line="45"/>
        <source>%1 is not in a run folder: choose a features file instead</source>
        <translation>%1 不在运行文件夹中：请改为选择特征文件</translation>
    </message>
</context>
<context>
    <name>NearDuplicatePairDialog</name>
    <message>
        <location filename="../ui/views/dataset/NearDuplicatePairDialog.cpp" line="16"/>
        <source>Near-duplicates across splits</source>
        <translation>跨划分的近似重复</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/NearDuplicatePairDialog.cpp" line="23"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/NearDuplicatePairDialog.cpp" line="37"/>
        <source>Show in the species view</source>
        <translation>在物种视图中显示</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/NearDuplicatePairDialog.cpp" line="38"/>
        <source>Select this image among its species&apos; photos in the main window</source>
        <translation>在主窗口中该物种的照片里选中此图像</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/NearDuplicatePairDialog.cpp" line="60"/>
        <source>&lt;b&gt;Cosine similarity %1&lt;/b&gt; between the two images&apos; features (%2). If one is a copy of the other (resized, re-encoded or cropped), the model is tested on a photo it trained on.</source>
        <translation>两张图像特征之间的&lt;b&gt;余弦相似度 %1&lt;/b&gt;（%2）。若其中一张是另一张的副本（缩放、重新编码或裁剪），模型就是在训练过的照片上接受测试。</translation>
    </message>
</context>
<context>
    <name>PairRanges</name>
    <message>
        <location filename="../ui/views/analysis/PairRanges.cpp" line="44"/>
        <source>%1 training</source>
        <translation>%1 训练</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairRanges.cpp" line="52"/>
        <source>%1 val taken for %2</source>
        <translation>%1 验证误判为 %2</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="43"/>
        <source>most likely label errors first</source>
        <translation>最可能的标注错误优先</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="44"/>
        <source>hardest first</source>
        <translation>最难的优先</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="45"/>
        <source>file order</source>
        <translation>文件顺序</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="49"/>
        <source>Val images:</source>
        <translation>验证图像：</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="143"/>
        <source>Choose a pair of species to see them side by side</source>
        <translation>选择一对物种以并排查看</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="166"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 training images · val top-1 %4%</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 张训练图像 · 验证 top-1 %4%</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="175"/>
        <source>Training images (%1 shown)</source>
        <translation>训练图像（显示 %1 张）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="176"/>
        <source>Val images taken for %1: %2</source>
        <translation>被误判为 %1 的验证图像：%2</translation>
    </message>
</context>
<context>
    <name>PastRunsView</name>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="23"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="24"/>
        <source>Show &amp;curves</source>
        <translation>显示曲线(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="25"/>
        <source>&amp;Analyse...</source>
        <translation>分析(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="37"/>
        <source>Choose a run to see its configuration</source>
        <translation>选择一次运行以查看其配置</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="38"/>
        <source>Continue an unfinished run from its last checkpoint</source>
        <translation>从最后一个检查点继续未完成的运行</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="39"/>
        <source>Show the run&apos;s logged curves</source>
        <translation>显示该运行记录的曲线</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="41"/>
        <source>Predict the val split with the run&apos;s best checkpoint and analyse the errors</source>
        <translation>用该运行的最佳检查点预测验证集并分析错误</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="43"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="44"/>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PerClassModel</name>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="175"/>
        <source>Top-1 accuracy of B minus that of A, in points</source>
        <translation>B 的 top-1 准确率减去 A 的，单位为百分点</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="169"/>
        <source>Mean entropy of the predictions for its val images, in nats: how unsure the model is about the species</source>
        <translation>其验证图像预测的平均熵（单位：nat）：反映模型对该物种的不确定程度</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="95"/>
        <source>Never the first guess for any image: precision is undefined</source>
        <translation>从未作为任何图像的首选预测：精确率无定义</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="121"/>
        <source>Species</source>
        <translation>物种</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="123"/>
        <source>Supercategory</source>
        <translation>超类</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="125"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="127"/>
        <source>Val</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="129"/>
        <source>Top-1 A
(recall)</source>
        <translation>Top-1 A
（召回率）</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="129"/>
        <source>Top-1
(recall)</source>
        <translation>Top-1
（召回率）</translation>
    </message>
    <message>
        <source>Top-1 A</source>
        <translation type="vanished">Top-1 A</translation>
    </message>
    <message>
        <source>Top-1</source>
        <translation type="vanished">Top-1</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="131"/>
        <source>Top-3 A</source>
        <translation>Top-3 A</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="131"/>
        <source>Top-3</source>
        <translation>Top-3</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="133"/>
        <source>Precision A</source>
        <translation>精确率 A</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="133"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="135"/>
        <source>F1 A</source>
        <translation>F1 A</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="135"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="137"/>
        <source>Hardness</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="139"/>
        <source>Top-1 B</source>
        <translation>Top-1 B</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="141"/>
        <source>Δ top-1</source>
        <translation>Δ top-1</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="143"/>
        <source>F1 B</source>
        <translation>F1 B</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="145"/>
        <source>Δ F1</source>
        <translation>Δ F1</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="153"/>
        <source>Training images of the species</source>
        <translation>该物种的训练图像数</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="155"/>
        <source>Val images of the species</source>
        <translation>该物种的验证图像数</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="157"/>
        <source>Share of its val images whose first guess is right: top-1 accuracy, which is also the species&apos; recall</source>
        <translation>其验证图像中首选预测正确的比例：top-1 准确率，也即该物种的召回率</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="161"/>
        <source>Share of its val images with the species among the first three guesses</source>
        <translation>其验证图像中该物种位于前三个预测之内的比例</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="163"/>
        <source>Share of the images guessed first as this species that are of it (–: never guessed)</source>
        <translation>首选预测为该物种的图像中确属该物种的比例（–：从未被预测）</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="167"/>
        <source>Harmonic mean of precision and recall: high only when both are</source>
        <translation>精确率与召回率的调和平均：两者都高时才高</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="173"/>
        <source>Top-1 accuracy (recall) of B</source>
        <translation>B 的 top-1 准确率（召回率）</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="177"/>
        <source>F1 of B</source>
        <translation>B 的 F1</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="179"/>
        <source>F1 of B minus that of A, in points</source>
        <translation>B 的 F1 减去 A 的 F1（百分点）</translation>
    </message>
</context>
<context>
    <name>PerClassView</name>
    <message>
        <location filename="../ui/views/analysis/PerClassView.cpp" line="23"/>
        <source>Only classes with mistakes</source>
        <translation>仅显示有错误的类别</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PerClassView.cpp" line="30"/>
        <source>Filter by species or supercategory</source>
        <translation>按物种或超类筛选</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PerClassView.cpp" line="46"/>
        <source>Its val images were taken for:</source>
        <translation>其验证图像被误判为：</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PerClassView.cpp" line="116"/>
        <source>Nothing: every val image of it was right</source>
        <translation>无：其所有验证图像均判断正确</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/analysis/PerClassView.cpp" line="124"/>
        <source>%1 (%n image(s))</source>
        <translation>
            <numerusform>%1（%n 张图像）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../ui/views/common/PlotExport.cpp" line="36"/>
        <source>Unknown format &apos;%1&apos;: use .png, .pdf or .svg</source>
        <translation>未知格式“%1”：请使用 .png、.pdf 或 .svg</translation>
    </message>
    <message>
        <location filename="../ui/views/common/PlotExport.cpp" line="39"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/common/PlotExport.cpp" line="65"/>
        <location filename="../ui/views/common/PlotExport.cpp" line="69"/>
        <source>Export Plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/views/common/PlotExport.cpp" line="66"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/views/common/PlotExport.cpp" line="76"/>
        <source>Export Plot...</source>
        <translation>导出图表...</translation>
    </message>
</context>
<context>
    <name>PrecisionRecallPlot</name>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallPlot.cpp" line="38"/>
        <source>Recall (%)</source>
        <translation>召回率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallPlot.cpp" line="39"/>
        <source>Precision (%)</source>
        <translation>精确率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallPlot.cpp" line="76"/>
        <source>%1, AP %2</source>
        <translation>%1，AP %2</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallPlot.cpp" line="134"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Top-1 confidence at least %2&lt;br&gt;Precision %3 · recall %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;top-1 置信度至少 %2&lt;br&gt;精确率 %3 · 召回率 %4</translation>
    </message>
</context>
<context>
    <name>PrecisionRecallView</name>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="30"/>
        <source>The per-class table&apos;s species, or type a name</source>
        <translation>按类表格中的物种，或输入名称</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="38"/>
        <source>Species:</source>
        <translation>物种：</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="101"/>
        <source>No species is named “%1”</source>
        <translation>没有名为“%1”的物种</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="107"/>
        <source>%1 has no val images: no curve for it</source>
        <translation>%1 没有验证图像：无曲线</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="109"/>
        <source>%1 was never the first guess: no curve (precision undefined, recall 0)</source>
        <translation>%1 从未作为首选预测：无曲线（精确率无定义，召回率 0）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="112"/>
        <source>%1: average precision %2 (val images: %3; first guess for: %4)</source>
        <translation>%1：平均精确率 %2（验证图像：%3；作为首选预测：%4）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="121"/>
        <source>Open predictions to see how precision trades against recall.</source>
        <translation>打开预测以查看精确率与召回率的权衡。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="122"/>
        <source>Precision-recall</source>
        <translation>精确率-召回率</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="127"/>
        <source>No curve: it needs each image&apos;s scores, which a Kaggle CSV lacks; open the top-k store (val.topk.csv) that taxa-cli predict writes beside it.</source>
        <translation>无曲线：需要每张图像的分数，而 Kaggle CSV 没有；请打开 taxa-cli predict 在其旁边写出的 top-k 文件（val.topk.csv）。</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="129"/>
        <source>Precision-recall needs scores</source>
        <translation>精确率-召回率需要分数</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="135"/>
        <source>&lt;b&gt;Average precision %1&lt;/b&gt; as the top-1 confidence threshold falls, over %2 val images; recall ends at the top-1 accuracy, %3</source>
        <translation>随 top-1 置信度阈值下降的&lt;b&gt;平均精确率 %1&lt;/b&gt;，基于 %2 张验证图像；召回率止于 top-1 准确率 %3</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="142"/>
        <source>B: average precision %1 (dashed)</source>
        <translation>B：平均精确率 %1（虚线）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="145"/>
        <source>B has no scores: no curve for it</source>
        <translation>B 没有分数：无曲线</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="149"/>
        <source>%1 (A)</source>
        <translation>%1（A）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="150"/>
        <source>%1 (B)</source>
        <translation>%1（B）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="152"/>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="154"/>
        <source>All val images</source>
        <translation>所有验证图像</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="166"/>
        <source>Precision against recall as the top-1 confidence threshold falls</source>
        <translation>随 top-1 置信度阈值下降的精确率-召回率曲线</translation>
    </message>
</context>
<context>
    <name>PredictJob</name>
    <message>
        <location filename="../ui/jobs/PredictJob.cpp" line="92"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PriorPairsModel</name>
    <message>
        <location filename="../ui/models/PriorPairsModel.cpp" line="54"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/models/PriorPairsModel.cpp" line="76"/>
        <source>Confused pair</source>
        <translation>易混淆物种对</translation>
    </message>
    <message>
        <location filename="../ui/models/PriorPairsModel.cpp" line="78"/>
        <source>Mistakes without prior</source>
        <translation>不用先验的错误数</translation>
    </message>
    <message>
        <location filename="../ui/models/PriorPairsModel.cpp" line="80"/>
        <source>With prior</source>
        <translation>使用先验</translation>
    </message>
    <message>
        <location filename="../ui/models/PriorPairsModel.cpp" line="82"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>ReliabilityPlot</name>
    <message>
        <location filename="../ui/views/analysis/ReliabilityPlot.cpp" line="33"/>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ReliabilityPlot.cpp" line="38"/>
        <source>Top-1 confidence</source>
        <translation>top-1 置信度</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ReliabilityPlot.cpp" line="39"/>
        <source>Images (%)</source>
        <translation>图像 (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ReliabilityPlot.cpp" line="47"/>
        <source>Perfect calibration</source>
        <translation>完美校准</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ReliabilityPlot.cpp" line="52"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ReliabilityPlot.cpp" line="57"/>
        <source>Gap to mean confidence</source>
        <translation>与平均置信度的差距</translation>
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
    <name>SaliencyOverlay</name>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="40"/>
        <source>No overlay</source>
        <translation>无叠加</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="41"/>
        <source>Why the guess, not the label</source>
        <translation>为何是预测而非标注</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="42"/>
        <source>Evidence for the guess</source>
        <translation>预测的依据</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="44"/>
        <source>Where in the photo the model found evidence (gradient × activation at its last convolutional stage); computed by the ML engine when chosen</source>
        <translation>模型在照片中找到依据的位置（最后一个卷积阶段的梯度 × 激活）；选中时由 ML 引擎计算</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="48"/>
        <source>Opacity of the overlay</source>
        <translation>叠加层的不透明度</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="55"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="131"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="123"/>
        <source>Finding where the evidence lies...</source>
        <translation>正在定位依据...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="150"/>
        <source>No checkpoint is known for these predictions (opened from a file outside a run folder): the overlay needs the model</source>
        <translation>这些预测没有已知的检查点（从运行文件夹之外的文件打开）：叠加需要模型</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="159"/>
        <source>Yellow: where the evidence for %1 lies (logit %2)</source>
        <translation>黄色：%1 的依据所在位置（logit %2）</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="161"/>
        <source>Yellow: where the evidence for %1 over %2 lies (logits %3 and %4)</source>
        <translation>黄色：支持 %1 而非 %2 的依据所在位置（logit %3 和 %4）</translation>
    </message>
</context>
<context>
    <name>SpeciesPanel</name>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="95"/>
        <source>%1 species · %2 training images · %3 validation images</source>
        <translation>%1 个物种 · %2 张训练图像 · %3 张验证图像</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="106"/>
        <source>Choose a taxon in the taxonomy</source>
        <translation>在分类体系中选择一个分类单元</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="106"/>
        <source>No dataset open</source>
        <translation>未打开数据集</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="109"/>
        <source>Select a species in the taxonomy, the long-tail plot or a split-check finding to see its images.</source>
        <translation>在分类体系、长尾图或划分检查结果中选择一个物种以查看其图像。</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="125"/>
        <source>%1 · %2 training images · %3 validation images · rank %4 of %5 species by training images</source>
        <translation>%1 · %2 张训练图像 · %3 张验证图像 · 按训练图像数在 %5 个物种中排第 %4</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="134"/>
        <source> · bucket %1–%2</source>
        <translation> · 区间 %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="140"/>
        <source>This species has no train or val images.</source>
        <translation>该物种没有训练或验证图像。</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="142"/>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;（%2）&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="144"/>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="167"/>
        <source>Select a species to see its images.</source>
        <translation>选择一个物种以查看其图像。</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="164"/>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(supercategory)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;（超类）&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="15"/>
        <location filename="../ui/views/training/StageProgress.cpp" line="120"/>
        <source>No training in progress</source>
        <translation>没有正在进行的训练</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="46"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="92"/>
        <source>Finished after step %1</source>
        <translation>在第 %1 步后完成</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="93"/>
        <source>Stopped at step %1</source>
        <translation>在第 %1 步停止</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="106"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="108"/>
        <source>epoch %1/%2</source>
        <translation>轮次 %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="109"/>
        <source>epoch %1/%2 · %3 left</source>
        <translation>轮次 %1/%2 · 剩余 %3</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="114"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="114"/>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="116"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="124"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="124"/>
        <source>Preparing the model and data...</source>
        <translation>正在准备模型和数据...</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="129"/>
        <source>Step %1 · loss %2 · %3 images/s</source>
        <translation>第 %1 步 · 损失 %2 · %3 张图像/秒</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="134"/>
        <source>Paused at step %1</source>
        <translation>在第 %1 步暂停</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="136"/>
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
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="111"/>
        <source>&lt;b&gt;Split checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;划分检查&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="272"/>
        <source>Select a finding to list what it concerns.</source>
        <translation>选择一项检查结果以列出其涉及的内容。</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="276"/>
        <source>%1 images concerned; click one to view it.</source>
        <translation>涉及 %1 张图像；单击其中一张可查看。</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="278"/>
        <source>%1 species concerned; click one to show it.</source>
        <translation>涉及 %1 个物种；单击其中一个可显示。</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="242"/>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="282"/>
        <source>%1 more not listed.</source>
        <translation>另有 %1 项未列出。</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="118"/>
        <source>Two images of different splits whose features have at least this cosine similarity are near-duplicates</source>
        <translation>特征余弦相似度至少为此值的两张不同划分的图像视为近似重复</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="120"/>
        <source>Cosine at least</source>
        <translation>余弦至少</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="122"/>
        <source>Find near-duplicates by features...</source>
        <translation>按特征查找近似重复...</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="124"/>
        <source>Images of different splits that a model sees as nearly the same: resized or re-encoded copies, which the exact-hash check misses</source>
        <translation>模型视为几乎相同的不同划分的图像：缩放或重新编码的副本，精确哈希检查会漏掉它们</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="158"/>
        <source>Features of the analysed run (%1)</source>
        <translation>所分析运行的特征（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="160"/>
        <source>Choose a features file...</source>
        <translation>选择特征文件...</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="167"/>
        <source>Choose a features file (taxa-cli features, or a run&apos;s predictions/features.bin)</source>
        <translation>选择特征文件（taxa-cli features，或某次运行的 predictions/features.bin）</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="168"/>
        <source>Feature stores (*.bin);;All files (*)</source>
        <translation>特征文件 (*.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="178"/>
        <source>Looking for near-duplicates in %1...</source>
        <translation>正在 %1 中查找近似重复...</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="188"/>
        <source>Looking for near-duplicates in the run&apos;s features...</source>
        <translation>正在该运行的特征中查找近似重复...</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="189"/>
        <source>Computing the run&apos;s features (every train and val image, once), then looking for near-duplicates...</source>
        <translation>正在计算该运行的特征（每张训练和验证图像一次），然后查找近似重复...</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="199"/>
        <source>Still looking for near-duplicates; cancel or wait</source>
        <translation>仍在查找近似重复；请取消或等待</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="236"/>
        <source>No two images of different splits reach this similarity by these features.</source>
        <translation>按这些特征，没有两张不同划分的图像达到该相似度。</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="237"/>
        <source>%1 pairs of images in different splits, most alike first; click one to see both side by side.</source>
        <translation>%1 对不同划分的图像，最相似的在前；点击一对以并排查看。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="254"/>
        <source>near-duplicates: %Ln pair(s) across splits at cosine &gt;= %1 (features: %2)</source>
        <translation>
            <numerusform>近似重复：跨划分 %Ln 对，余弦 &gt;= %1（特征：%2）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="258"/>
        <source>near-duplicates: none across splits at cosine &gt;= %1 (features: %2)</source>
        <translation>近似重复：余弦 &gt;= %1 时跨划分无（特征：%2）</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="285"/>
        <source>This finding names no species or images.</source>
        <translation>此检查结果未涉及任何物种或图像。</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="314"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 layout: %3 species, %4 train and %5 val images; reading the test split...</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 格式：%3 个物种，%4 张训练图像和 %5 张验证图像；正在读取测试集...</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="320"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 layout: %3 species, %4 train, %5 val and %6 test images</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 格式：%3 个物种，%4 张训练图像、%5 张验证图像和 %6 张测试图像</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="328"/>
        <source>Val drawn from the one folder: %1% of each class, seed %2</source>
        <translation>验证集取自同一文件夹：每个类别的 %1%，随机种子 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="333"/>
        <source>%1-%2: %3</source>
        <translation>%1-%2：%3</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="334"/>
        <source>Train images per species: min %1, median %2, max %3. Species per training-count bucket: %4</source>
        <translation>每个物种的训练图像数：最少 %1，中位数 %2，最多 %3。按训练图像数分组的物种数：%4</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="355"/>
        <source>All checks passed (%1)</source>
        <translation>所有检查均通过（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="372"/>
        <source>The split checks run once the test split is read.</source>
        <translation>读取测试集后将运行划分检查。</translation>
    </message>
</context>
<context>
    <name>TaxonomyModel</name>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="11"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="13"/>
        <source>kingdom</source>
        <translation>界</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="15"/>
        <source>phylum</source>
        <translation>门</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="17"/>
        <location filename="../ui/state/RankLabels.cpp" line="41"/>
        <source>class</source>
        <translation>纲</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="19"/>
        <source>order</source>
        <translation>目</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="21"/>
        <source>family</source>
        <translation>科</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="23"/>
        <source>genus</source>
        <translation>属</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="25"/>
        <location filename="../ui/state/RankLabels.cpp" line="42"/>
        <source>species</source>
        <translation>种</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="27"/>
        <source>supercategory</source>
        <translation>超类</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="39"/>
        <source>level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/TaxonomyModel.cpp" line="113"/>
        <source>%1 %2: %n species</source>
        <translation>
            <numerusform>%1 %2：%n 个物种</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="117"/>
        <source>%1% of the training images of %2, %3% of all</source>
        <translation>占 %2 训练图像的 %1%，占全部的 %3%</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="172"/>
        <source>Species at or below this taxon</source>
        <translation>此分类单元及其下级的物种数</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="174"/>
        <source>Training images at or below this taxon</source>
        <translation>此分类单元及其下级的训练图像数</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="176"/>
        <source>Validation images at or below this taxon</source>
        <translation>此分类单元及其下级的验证图像数</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="178"/>
        <source>Share of the parent&apos;s training images</source>
        <translation>占上级分类单元训练图像的比例</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="186"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="188"/>
        <source>Rank</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="190"/>
        <source>Species</source>
        <translation>物种</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="192"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="194"/>
        <source>Val</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="196"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>TaxonomyPanel</name>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="42"/>
        <source>Search taxa by name</source>
        <translation>按名称搜索分类单元</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="128"/>
        <source>at any rank</source>
        <translation>任意等级</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="132"/>
        <source>in %1 names</source>
        <translation>在%1名中</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="44"/>
        <source>Which rank the search text must match</source>
        <translation>搜索文本必须匹配的分类等级</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="50"/>
        <source>Fewest training images a shown species has</source>
        <translation>所显示物种的最少训练图像数</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="51"/>
        <source>Most training images a shown species has</source>
        <translation>所显示物种的最多训练图像数</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="53"/>
        <source>Supercategory → species</source>
        <translation>超类 → 物种</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="55"/>
        <source>Show the full taxonomy or species grouped by supercategory</source>
        <translation>显示完整分类体系，或按超类分组显示物种</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="72"/>
        <source>Training images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="74"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="103"/>
        <source>Showing %1 of %2 species</source>
        <translation>显示 %1 / %2 个物种</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="134"/>
        <source>%n-rank tree</source>
        <translation>
            <numerusform>%n 级分类树</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message>
        <location filename="../ui/views/dataset/ThumbnailDelegate.cpp" line="47"/>
        <source>Cannot read
image</source>
        <translation>无法读取
图像</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ThumbnailDelegate.cpp" line="47"/>
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
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="56"/>
        <source>Average pooling</source>
        <translation>平均池化</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="57"/>
        <source>iSQRT-COV (second order)</source>
        <translation>iSQRT-COV（二阶）</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="62"/>
        <source>Instance (as in the data)</source>
        <translation>按实例（与数据一致）</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="63"/>
        <source>Class-balanced</source>
        <translation>类别均衡</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="64"/>
        <source>Square-root</source>
        <translation>平方根</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="65"/>
        <source>Power (q)</source>
        <translation>幂次 (q)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="67"/>
        <source>uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="68"/>
        <source>taxonomy-aware</source>
        <translation>考虑分类体系</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="69"/>
        <source>Automatic (CUDA if present)</source>
        <translation>自动（如有 CUDA 则使用）</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="70"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="71"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="72"/>
        <source>all cores</source>
        <translation>所有核心</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="74"/>
        <source>full epochs</source>
        <translation>完整轮次</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="75"/>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="248"/>
        <source>Pr&amp;ocesses:</source>
        <translation>进程数(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="90"/>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="91"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="95"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="96"/>
        <source>Caps the batches per epoch, for quick experiments</source>
        <translation>限制每轮的批次数，用于快速实验</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="103"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="103"/>
        <source>Trains</source>
        <translation>训练部分</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="103"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="103"/>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="103"/>
        <source>Peak LR</source>
        <translation>峰值学习率</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="108"/>
        <source>Stages run one after the other. Trains: all, head, last:K blocks. Data: train, or val to fine-tune on the balanced val split.</source>
        <translation>各阶段依次运行。训练部分：all、head、last:K 个块。数据：train，或 val（在均衡的验证集上微调）。</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="123"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="124"/>
        <source>Choose the run folder</source>
        <translation>选择运行文件夹</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="131"/>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="132"/>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="133"/>
        <source>&amp;Head:</source>
        <translation>分类头(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="134"/>
        <source>Crop / resize:</source>
        <translation>裁剪 / 缩放：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="138"/>
        <source>Label smoothing:</source>
        <translation>标签平滑：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="144"/>
        <source>Run folder:</source>
        <translation>运行文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="248"/>
        <source>&amp;GPUs:</source>
        <translation>GPU 数(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="250"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="252"/>
        <source>Train on this many GPUs, one process each.</source>
        <translation>使用此数量的 GPU 训练，每个 GPU 一个进程。</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="253"/>
        <source>Train in this many CPU processes (data-parallel; each gets an equal share of the cores).</source>
        <translation>使用此数量的 CPU 进程训练（数据并行；各进程平分 CPU 核心）。</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="255"/>
        <source> Above one the run goes through taxa-cli train --nproc-per-node; the batch size is per process and the learning rate is for the global batch.</source>
        <translation> 多于一个时，运行通过 taxa-cli train --nproc-per-node 进行；批大小按每个进程计，学习率按全局批次计。</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="135"/>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="137"/>
        <source>&amp;Sampler:</source>
        <translation>采样器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="139"/>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="140"/>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="142"/>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="143"/>
        <source>&amp;Max steps:</source>
        <translation>最大步数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="149"/>
        <source>Quick CPU demo</source>
        <translation>CPU 快速演示</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="150"/>
        <source>2018 winner recipe (GPU)</source>
        <translation>2018 年冠军方案（GPU）</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="235"/>
        <source>Parent folder for the run</source>
        <translation>运行的上级文件夹</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="43"/>
        <source>Loss and learning rate</source>
        <translation>损失和学习率</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="45"/>
        <source>Accuracy per epoch</source>
        <translation>每轮准确率</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="55"/>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="56"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="57"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="58"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="59"/>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="67"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="69"/>
        <source>loss (smoothed)</source>
        <translation>损失（平滑）</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="70"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="73"/>
        <source>val top-1</source>
        <translation>验证 top-1</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="74"/>
        <source>val top-3</source>
        <translation>验证 top-3</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="75"/>
        <source>train top-1</source>
        <translation>训练 top-1</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="41"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="42"/>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="315"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="43"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="50"/>
        <source>Train a new model with this configuration on the open dataset</source>
        <translation>使用此配置在已打开的数据集上训练新模型</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="52"/>
        <source>Pause after the current batch; click again to continue</source>
        <translation>在当前批次后暂停；再次单击可继续</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="53"/>
        <source>Stop after the current batch, saving a checkpoint to resume from</source>
        <translation>在当前批次后停止，并保存用于继续训练的检查点</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="59"/>
        <source>The training log appears here</source>
        <translation>训练日志显示在此处</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="66"/>
        <source>New run</source>
        <translation>新运行</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="67"/>
        <source>Past runs</source>
        <translation>历史运行</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="192"/>
        <source>A run is in progress; stop it first.</source>
        <translation>有运行正在进行；请先停止它。</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="196"/>
        <source>Open a dataset to train on.</source>
        <translation>请打开用于训练的数据集。</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="202"/>
        <source>Resuming %1</source>
        <translation>正在继续 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="203"/>
        <source>Starting %1</source>
        <translation>正在启动 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="217"/>
        <source>Cannot start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="247"/>
        <source>Pausing after the current batch</source>
        <translation>将在当前批次后暂停</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="247"/>
        <source>Continuing</source>
        <translation>继续中</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="253"/>
        <source>Stopping after the current batch...</source>
        <translation>将在当前批次后停止...</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="259"/>
        <source>Stopping and saving before closing...</source>
        <translation>正在停止并保存，然后关闭...</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="273"/>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="275"/>
        <source>Finished; best val top-1 %1%</source>
        <translation>已完成；最佳验证 top-1 %1%</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="278"/>
        <source>Stopped; resume it from Past runs</source>
        <translation>已停止；可在“历史运行”中继续</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="315"/>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../ui/jobs/TrainingWorker.cpp" line="71"/>
        <source>Loading the ML engine (LibTorch)...</source>
        <translation>正在加载 ML 引擎（LibTorch）...</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingWorker.cpp" line="75"/>
        <source>ML engine loaded in %1 s: LibTorch %2, %3</source>
        <translation>ML 引擎已加载，用时 %1 秒：LibTorch %2，%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/TrainingWorker.cpp" line="78"/>
        <source>%n CUDA device(s)</source>
        <translation>
            <numerusform>%n 个 CUDA 设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingWorker.cpp" line="79"/>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingWorker.cpp" line="88"/>
        <source>No dataset is open</source>
        <translation>未打开数据集</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingWorker.cpp" line="111"/>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <location filename="../ui/views/maps/WorldMap.cpp" line="249"/>
        <source>%1: %2 in view (shaded by count)</source>
        <translation>%1：视图中 %2 个（按数量着色）</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/WorldMap.cpp" line="250"/>
        <source>%1: %2 in view (a dot per cell)</source>
        <translation>%1：视图中 %2 个（每个单元格一个点）</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/WorldMap.cpp" line="251"/>
        <source>%1: %2 in view</source>
        <translation>%1：视图中 %2 个</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fine-grained, long-tailed species classification workbench</source>
        <translation type="vanished">细粒度长尾物种分类工作台</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="95"/>
        <source>Dataset folder, or annotation files, to open</source>
        <translation>要打开的数据集文件夹或标注文件</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="26"/>
        <source>Select the taxon of this name once the dataset is open</source>
        <translation>数据集打开后选中该名称的分类单元</translation>
    </message>
    <message>
        <source>Show this tab first: species, longtail, summary, map, training, analysis, or pairs, classes, confusion, errors, calibration or geo (of the analysis)</source>
        <translation type="vanished">首先显示此选项卡：species、longtail、summary、map、training、analysis，或（分析中的）pairs、classes、confusion、errors、calibration、geo</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="29"/>
        <source>Show this tab first: species, longtail, summary, map, training, analysis, or pairs, classes, confusion, errors, calibration, pr (precision-recall), geo or featuremap (of the analysis)</source>
        <translation>首先显示此标签页：species、longtail、summary、map、training、analysis，或（分析中的）pairs、classes、confusion、errors、calibration、pr（精确率-召回率）、geo 或 featuremap</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="36"/>
        <source>Search the taxonomy for this text once the dataset is open</source>
        <translation>数据集打开后在分类体系中搜索此文本</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="39"/>
        <source>Start training with this preset (quick-cpu or winner-2018) once the dataset is open</source>
        <translation>数据集打开后使用此预设（quick-cpu 或 winner-2018）开始训练</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="44"/>
        <source>With --train: train on this many processes (above one through taxa-cli train --nproc-per-node)</source>
        <translation>与 --train 同用：使用此数量的进程训练（多于一个时通过 taxa-cli train --nproc-per-node）</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="49"/>
        <source>Analyse a run folder or a predictions CSV once the dataset is open</source>
        <translation>数据集打开后分析运行文件夹或预测 CSV</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="53"/>
        <source>With --analyse: compare with this run folder or predictions CSV</source>
        <translation>与 --analyse 同用：与此运行文件夹或预测 CSV 进行比较</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="56"/>
        <source>With --analyse: open this geographic prior (.geo) and switch it on, so that the analysis shows without and with it</source>
        <translation>与 --analyse 同用：打开此地理先验（.geo）并启用，使分析同时显示不用和使用先验的结果</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="102"/>
        <source>With --analyse: show where the evidence for the guess over the label lies on the pair view&apos;s val photo (loads the ML engine)</source>
        <translation>与 --analyse 同用：在物种对视图的验证照片上显示支持预测而非标注的依据所在位置（会加载 ML 引擎）</translation>
    </message>
</context>
</TS>
