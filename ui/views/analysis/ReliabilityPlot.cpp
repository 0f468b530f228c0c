#include "views/analysis/ReliabilityPlot.h"

#include "views/common/PlotExport.h"
#include "views/common/PlotLegend.h"

namespace {
constexpr double kBinWidth = 1.0 / taxa::kCalibrationBins;
const QColor kAccuracy(70, 130, 180);
const QColor kGap(200, 40, 40);
// Hatched, so that over the accuracy bar (an under-confident bin) both stay readable.
const QBrush kGapBrush(kGap, Qt::BDiagPattern);
}  // namespace

ReliabilityPlot::ReliabilityPlot(QWidget* parent)
    : QCustomPlot(parent),
      title_(new QCPTextElement(this, QString(),
                                QFont(font().family(), font().pointSize() + 1, QFont::Bold))),
      counts_(new QCPAxisRect(this)) {
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, title_);
    putLegendUnderTitle(this);
    legend->setMargins(QMargins(0, 0, 0, 0));
    // The image counts in a short strip under the diagram, sharing its x axis.
    plotLayout()->addElement(3, 0, counts_);
    plotLayout()->setRowStretchFactor(2, 3);
    plotLayout()->setRowStretchFactor(3, 1);
    auto* group = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    counts_->setMarginGroup(QCP::msLeft | QCP::msRight, group);

    xAxis->setRange(0, 1);
    yAxis->setRange(0, 100);
    yAxis->setLabel(tr("Accuracy (%)"));
    xAxis->setTickLabels(false);
    QCPAxis* countX = counts_->axis(QCPAxis::atBottom);
    QCPAxis* countY = counts_->axis(QCPAxis::atLeft);
    countX->setRange(0, 1);
    countX->setLabel(tr("Top-1 confidence"));
    countY->setLabel(tr("Images (%)"));
    countY->ticker()->setTickCount(2);
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), countX,
            qOverload<const QCPRange&>(&QCPAxis::setRange));

    auto* diagonal = addGraph();
    diagonal->setData({0, 1}, {0, 100});
    diagonal->setPen(QPen(QColor(120, 120, 120), 1.2, Qt::DashLine));
    diagonal->setName(tr("Perfect calibration"));
    accuracy_ = new QCPBars(xAxis, yAxis);
    accuracy_->setWidth(kBinWidth);
    accuracy_->setPen(QPen(kAccuracy.darker(130), 0.8));
    accuracy_->setBrush(kAccuracy);
    accuracy_->setName(tr("Accuracy"));
    // Items have no legend entry: an empty series in the gap's colours stands for them.
    auto* gapKey = new QCPBars(xAxis, yAxis);
    gapKey->setPen(QPen(kGap, 1));
    gapKey->setBrush(kGapBrush);
    gapKey->setName(tr("Gap to mean confidence"));
    share_ = new QCPBars(countX, countY);
    share_->setWidth(kBinWidth);
    share_->setPen(QPen(QColor(110, 110, 110), 0.8));
    share_->setBrush(QColor(180, 180, 180));
    share_->removeFromLegend();

    legend->setVisible(true);
    legend->setFont(font());
    setMinimumSize(260, 240);
    PlotExport::addMenu(this, QStringLiteral("reliability"));
}

QString ReliabilityPlot::title() const {
    return title_->text();
}

void ReliabilityPlot::clear(const QString& message) {
    accuracy_->data()->clear();
    share_->data()->clear();
    clearItems();
    binsShown_ = 0;
    title_->setText(message);
    replot(rpQueuedReplot);
}

void ReliabilityPlot::setReliability(const taxa::Reliability& r, const QString& title) {
    clear(title);
    double tallest = 0;
    for (int i = 0; i < taxa::kCalibrationBins; ++i) {
        const taxa::ReliabilityBin& b = r.bins[size_t(i)];
        if (!b.images) continue;
        ++binsShown_;
        const double centre = (i + 0.5) * kBinWidth;
        accuracy_->addData(centre, 100 * b.accuracy());
        const double share = 100.0 * double(b.images) / double(r.images);
        share_->addData(centre, share);
        tallest = std::max(tallest, share);
        // The gap between what the bin's images scored and how often they were right.
        auto* gap = new QCPItemRect(this);
        gap->setClipAxisRect(axisRect());
        gap->topLeft->setCoords(i * kBinWidth, 100 * std::max(b.accuracy(), b.meanConfidence()));
        gap->bottomRight->setCoords((i + 1) * kBinWidth,
                                    100 * std::min(b.accuracy(), b.meanConfidence()));
        gap->setPen(QPen(kGap, 1));
        gap->setBrush(kGapBrush);
    }
    counts_->axis(QCPAxis::atLeft)->setRange(0, std::max(10.0, std::ceil(tallest / 10) * 10));
    replot(rpQueuedReplot);
}
