#include "views/common/BucketPlot.h"

#include <QLocale>
#include <QToolTip>
#include <cmath>

#include "dataset/Buckets.h"
#include "views/common/SupercategoryColors.h"

BucketPlot::BucketPlot(QWidget* parent) : QCustomPlot(parent) {
    setMouseTracking(true);
    xAxis->setLabel(tr("Training images per species"));
    yAxis->setLabel(tr("Species"));
    xAxis->grid()->setVisible(false);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(
        0, 0,
        new QCPTextElement(this, tr("Species per training-count bucket"),
                           QFont(font().family(), font().pointSize() + 2, QFont::Bold)));
}

void BucketPlot::setDataset(std::shared_ptr<const LoadedDataset> data) {
    data_ = std::move(data);
    hovered_ = -2;
    dirty_ = true;
    if (isVisible()) rebuild();
}

void BucketPlot::showEvent(QShowEvent* event) {
    if (dirty_) rebuild();
    QCustomPlot::showEvent(event);
}

QString BucketPlot::bucketLabel(int b) const {
    const QLocale locale;
    return tr("%1\u2013%2")
        .arg(locale.toString(static_cast<qlonglong>(edges_[b])),
             locale.toString(static_cast<qlonglong>(edges_[b + 1] - 1)));
}

void BucketPlot::rebuild() {
    dirty_ = false;
    clearPlottables();
    edges_ = taxa::defaultBucketEdges();
    counts_.assign(edges_.size() - 1, {});
    if (!data_) {
        replot();
        return;
    }
    const auto& tax = data_->taxonomy;
    const size_t supers = tax.supercategories().size();
    for (auto& row : counts_)
        row.assign(supers, 0);
    for (int32_t c = 0; c < tax.classCount(); ++c) {
        const int b = taxa::bucketOf(data_->trainCounts[static_cast<size_t>(c)], edges_);
        if (b >= 0) ++counts_[static_cast<size_t>(b)][static_cast<size_t>(tax.supercategoryOf(c))];
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int b = 0; b < bucketCount(); ++b)
        ticker->addTick(b + 1, bucketLabel(b));
    xAxis->setTicker(ticker);
    xAxis->setRange(0.4, bucketCount() + 0.6);

    QCPBars* below = nullptr;
    for (size_t s = 0; s < supers; ++s) {
        auto* bars = new QCPBars(xAxis, yAxis);
        const QColor color = supercategoryColor(QString::fromStdString(tax.supercategories()[s]),
                                                static_cast<int>(s));
        bars->setName(QString::fromStdString(tax.supercategories()[s]));
        bars->setPen(QPen(color.darker(130), 0.5));
        bars->setBrush(color);
        bars->setWidth(0.72);
        bars->setStackingGap(0);
        for (int b = 0; b < bucketCount(); ++b)
            bars->addData(b + 1, double(counts_[static_cast<size_t>(b)][s]));
        if (below) bars->moveAbove(below);
        below = bars;
    }
    double top = 1;
    for (int b = 0; b < bucketCount(); ++b)
        top = std::max(top, double(speciesIn(b)));
    yAxis->setRange(0, top * 1.08);
    replot(rpQueuedReplot);
}

int64_t BucketPlot::speciesIn(int bucket) const {
    if (bucket < 0 || bucket >= static_cast<int>(counts_.size())) return 0;
    int64_t sum = 0;
    for (int64_t n : counts_[static_cast<size_t>(bucket)])
        sum += n;
    return sum;
}

int BucketPlot::bucketAt(const QPoint& pos) const {
    if (counts_.empty() || !axisRect()->rect().contains(pos)) return -1;
    const double key = xAxis->pixelToCoord(pos.x());
    const long b = std::lround(key) - 1;
    if (b < 0 || b >= bucketCount() || std::abs(key - (b + 1)) > 0.36) return -1;
    return static_cast<int>(b);
}

void BucketPlot::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    const int b = bucketAt(event->pos());
    if (b == hovered_) return;
    hovered_ = b;
    if (b < 0) {
        QToolTip::hideText();
        return;
    }
    // Name the bucket's supercategories, largest first, so the tooltip explains the bar.
    const auto& supers = data_->taxonomy.supercategories();
    std::vector<size_t> order(supers.size());
    for (size_t s = 0; s < order.size(); ++s)
        order[s] = s;
    const auto& row = counts_[static_cast<size_t>(b)];
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t x, size_t y) { return row[x] > row[y]; });
    const QLocale locale;
    QString text = tr("<b>%1 training images: %2 species</b>")
                       .arg(bucketLabel(b), locale.toString(static_cast<qlonglong>(speciesIn(b))));
    for (size_t s : order)
        if (row[s] > 0)
            text += QStringLiteral("<br>%1: %2")
                        .arg(QString::fromStdString(supers[s]).toHtmlEscaped(),
                             locale.toString(static_cast<qlonglong>(row[s])));
    text += QStringLiteral("<br><i>%1</i>").arg(tr("Click to list these species"));
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void BucketPlot::mouseReleaseEvent(QMouseEvent* event) {
    QCustomPlot::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton) return;
    const int b = bucketAt(event->pos());
    if (b >= 0)
        emit bucketClicked(edges_[static_cast<size_t>(b)], edges_[static_cast<size_t>(b) + 1] - 1);
}
