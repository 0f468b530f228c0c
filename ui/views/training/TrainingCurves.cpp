#include "views/training/TrainingCurves.h"

#include <QTimer>
#include <algorithm>

#include "views/common/PlotExport.h"

namespace {

constexpr int kReplotMs = 200;
constexpr double kSmoothing = 0.9;  ///< Weight of the past in the smoothed loss.

QCPGraph* line(QCPAxis* x, QCPAxis* y, const QString& name, const QColor& color, double width,
               bool dots = false) {
    auto* g = new QCPGraph(x, y);
    g->setName(name);
    g->setPen(QPen(color, width));
    if (dots) g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    return g;
}

// A legend in a row of its own: inside the axis rect it would hide the curves it names.
QCPLegend* legendRow(QCustomPlot* plot, int row) {
    auto* legend = new QCPLegend;
    plot->plotLayout()->addElement(row, 0, legend);
    legend->setLayer(QStringLiteral("legend"));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setMargins(QMargins(0, 0, 0, 0));
    return legend;
}

}  // namespace

TrainingCurves::TrainingCurves(QWidget* parent)
    : QCustomPlot(parent), replotTimer_(new QTimer(this)) {
    plotLayout()->clear();
    stepRect_ = new QCPAxisRect(this);
    epochRect_ = new QCPAxisRect(this);
    const QFont titleFont(font().family(), font().pointSize() + 1, QFont::Bold);
    plotLayout()->addElement(0, 0,
                             new QCPTextElement(this, tr("Loss and learning rate"), titleFont));
    plotLayout()->addElement(2, 0, stepRect_);
    plotLayout()->addElement(3, 0, new QCPTextElement(this, tr("Accuracy per epoch"), titleFont));
    plotLayout()->addElement(5, 0, epochRect_);
    // Both rects share their side margins so that their axes line up.
    auto* margins = new QCPMarginGroup(this);
    stepRect_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    epochRect_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);

    QCPAxis* lrAxis = stepRect_->axis(QCPAxis::atRight);
    lrAxis->setVisible(true);
    lrAxis->setTickLabels(true);
    stepRect_->axis(QCPAxis::atBottom)->setLabel(tr("Step"));
    stepRect_->axis(QCPAxis::atLeft)->setLabel(tr("Loss"));
    lrAxis->setLabel(tr("Learning rate"));
    epochRect_->axis(QCPAxis::atBottom)->setLabel(tr("Epoch"));
    epochRect_->axis(QCPAxis::atLeft)->setLabel(tr("Accuracy (%)"));
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
    whole->setTickStep(1);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    epochRect_->axis(QCPAxis::atBottom)->setTicker(whole);
    epochRect_->axis(QCPAxis::atLeft)->setRange(0, 100);

    QCPAxis* step = stepRect_->axis(QCPAxis::atBottom);
    loss_ = line(step, stepRect_->axis(QCPAxis::atLeft), tr("loss"), QColor(160, 190, 230), 1);
    lossSmooth_ =
        line(step, stepRect_->axis(QCPAxis::atLeft), tr("loss (smoothed)"), QColor(31, 90, 170), 2);
    lr_ = line(step, lrAxis, tr("learning rate"), QColor(230, 120, 20), 1.5);
    QCPAxis* epoch = epochRect_->axis(QCPAxis::atBottom);
    QCPAxis* pct = epochRect_->axis(QCPAxis::atLeft);
    top1_ = line(epoch, pct, tr("val top-1"), QColor(30, 140, 60), 2.5, true);
    top3_ = line(epoch, pct, tr("val top-3"), QColor(120, 70, 170), 2.5, true);
    trainTop1_ = line(epoch, pct, tr("train top-1"), QColor(150, 150, 150), 1.5, true);
    trainTop1_->setPen(QPen(QColor(150, 150, 150), 1.5, Qt::DashLine));

    // The default legend belongs to the default axis rect, which was cleared away.
    QCPLegend* stepLegend = legendRow(this, 1);
    QCPLegend* epochLegend = legendRow(this, 4);
    for (int row : {0, 1, 3, 4})
        plotLayout()->setRowStretchFactor(row, 0.001);
    for (QCPGraph* g : {loss_, lossSmooth_, lr_})
        g->addToLegend(stepLegend);
    for (QCPGraph* g : {top1_, top3_, trainTop1_})
        g->addToLegend(epochLegend);

    // The legends and titles would ask for more; the plot shrinks gracefully, and the panel
    // shares the window with the taxonomy.
    setMinimumWidth(220);
    replotTimer_->setSingleShot(true);
    replotTimer_->setInterval(kReplotMs);
    connect(replotTimer_, &QTimer::timeout, this, &TrainingCurves::redraw);
    PlotExport::addMenu(this, QStringLiteral("training-curves"));
    redraw();
}

void TrainingCurves::setTotalEpochs(int epochs) {
    totalEpochs_ = epochs;
    scheduleReplot();
}

void TrainingCurves::clear() {
    for (QCPGraph* g : {loss_, lossSmooth_, lr_, top1_, top3_, trainTop1_})
        g->data()->clear();
    smoothed_ = -1;
    maxLoss_ = maxLr_ = maxStep_ = maxEpoch_ = 0;
    scheduleReplot();
}

void TrainingCurves::setHistory(const RunMetrics& m) {
    clear();
    for (int i = 0; i < m.step.size(); ++i)
        addStep(m.step[i], m.loss.value(i), m.lr.value(i));
    for (int i = 0; i < m.epoch.size(); ++i)
        addEpochPoint(m.epoch[i], m.valTop1.value(i), m.valTop3.value(i), m.trainTop1.value(i));
    scheduleReplot();
}

void TrainingCurves::addSteps(const std::vector<taxa::StepMetrics>& steps) {
    for (const auto& s : steps)
        addStep(double(s.step), s.loss, s.lr);
    scheduleReplot();
}

void TrainingCurves::addEpoch(const taxa::EpochMetrics& e) {
    addEpochPoint(e.globalEpoch, e.valTop1, e.valTop3, e.trainTop1);
    scheduleReplot();
}

void TrainingCurves::addStep(double step, double loss, double lr) {
    smoothed_ = smoothed_ < 0 ? loss : kSmoothing * smoothed_ + (1 - kSmoothing) * loss;
    loss_->addData(step, loss);
    lossSmooth_->addData(step, smoothed_);
    lr_->addData(step, lr);
    maxLoss_ = std::max(maxLoss_, loss);
    maxLr_ = std::max(maxLr_, lr);
    maxStep_ = std::max(maxStep_, step);
}

void TrainingCurves::addEpochPoint(double epoch, double top1, double top3, double trainTop1) {
    top1_->addData(epoch, 100 * top1);
    top3_->addData(epoch, 100 * top3);
    trainTop1_->addData(epoch, 100 * trainTop1);
    maxEpoch_ = std::max(maxEpoch_, epoch);
}

int TrainingCurves::stepPoints() const {
    return loss_->dataCount();
}

int TrainingCurves::epochPoints() const {
    return top1_->dataCount();
}

void TrainingCurves::scheduleReplot() {
    if (!replotTimer_->isActive()) replotTimer_->start();
}

void TrainingCurves::redraw() {
    stepRect_->axis(QCPAxis::atBottom)->setRange(0, std::max(10.0, maxStep_));
    stepRect_->axis(QCPAxis::atLeft)->setRange(0, std::max(0.1, maxLoss_ * 1.05));
    stepRect_->axis(QCPAxis::atRight)->setRange(0, std::max(1e-6, maxLr_ * 1.05));
    epochRect_->axis(QCPAxis::atBottom)
        ->setRange(0.5, std::max({1.0, maxEpoch_, double(totalEpochs_)}) + 0.5);
    ++replots_;
    replot();
}
