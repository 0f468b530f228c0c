#include "views/analysis/AnalysisOverview.h"
#include "state/RankLabels.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include "state/Formatting.h"

#include "views/common/BarChart.h"
#include "views/common/SupercategoryColors.h"

namespace {

// "precision 41.2% · recall 38.0% · F1 37.5%" of one analysis, macro-averaged over species.
QString macroScores(const taxa::AnalysisReport& r) {
    const taxa::MacroScores m = taxa::macroScores(r.perClass);
    return AnalysisOverview::tr("precision %1 \u00b7 recall %2 \u00b7 F1 %3")
        .arg(percentText(m.precision), percentText(m.recall), percentText(m.f1));
}

}  // namespace

AnalysisOverview::AnalysisOverview(QWidget* parent)
    : QWidget(parent),
      macro_(new QLabel(this)),
      supers_(new BarChart(tr("Mean per-class top-1 accuracy by supercategory"), tr("Accuracy (%)"),
                           QStringLiteral("supercategories"), this)),
      buckets_(new BarChart(tr("Mean per-class top-1 accuracy by training images"),
                            tr("Accuracy (%)"), QStringLiteral("buckets"), this)),
      ranks_(new BarChart(tr("Top-1 errors by the closest shared rank"), tr("Share of errors (%)"),
                          QStringLiteral("rank-of-error"), this)) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    macro_->setTextFormat(Qt::RichText);
    macro_->setWordWrap(true);
    macro_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    macro_->setToolTip(
        tr("Each species' top-1 precision, recall (its top-1 accuracy) and F1, averaged with "
           "equal weight; a species never guessed counts as precision 0"));
    grid->addWidget(macro_, 0, 0, 1, 2);
    grid->addWidget(supers_, 1, 0, 1, 2);
    grid->addWidget(buckets_, 2, 0);
    grid->addWidget(ranks_, 2, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
    for (BarChart* c : {supers_, buckets_, ranks_})
        c->setMinimumHeight(200);
    ranks_->xAxis->setLabel(tr("Lowest rank that truth and prediction share"));
    buckets_->xAxis->setLabel(tr("Training images per species"));
    connect(supers_, &BarChart::barClicked, this, &AnalysisOverview::supercategoryClicked);
}

void AnalysisOverview::setResults(std::shared_ptr<const LoadedDataset> data,
                                  std::shared_ptr<const AnalysisResult> a,
                                  std::shared_ptr<const AnalysisResult> b) {
    if (!data || !a) {
        macro_->clear();
        for (BarChart* c : {supers_, buckets_, ranks_})
            c->setBars({}, {}, {});
        return;
    }
    const QLocale locale;
    showMacro(*a, b.get());
    const QString nameA = tr("A: %1").arg(a->label);
    const QString nameB = b ? tr("B: %1").arg(b->label) : QString();
    for (BarChart* c : {supers_, buckets_, ranks_})
        c->setSeriesNames(nameA, nameB);

    QStringList labels, tips;
    QVector<double> va, vb;
    QVector<QColor> colors;
    const auto& groups = a->report.supercategories;
    for (size_t i = 0; i < groups.size(); ++i) {
        const QString name = QString::fromStdString(groups[i].name);
        labels << name;
        va << groups[i].meanClassAccuracy;
        if (b) vb << b->report.supercategories[i].meanClassAccuracy;
        colors << supercategoryColor(name, static_cast<int>(i));
        tips << tr("%1 classes, %2 val images")
                    .arg(locale.toString(static_cast<qlonglong>(groups[i].classes)),
                         locale.toString(static_cast<qlonglong>(groups[i].images)));
    }
    supers_->setBars(labels, va, colors, vb, tips);

    labels.clear(), tips.clear(), va.clear(), vb.clear();
    // Buckets above the most-trained class say nothing (the demo tops out at 150 of the
    // default edges' 1,000); the chart ends at the last bucket holding a class.
    size_t shown = 0;
    for (size_t i = 0; i < a->report.buckets.size(); ++i)
        if (a->report.buckets[i].classes > 0) shown = i + 1;
    for (size_t i = 0; i < shown; ++i) {
        const taxa::BucketResult& r = a->report.buckets[i];
        // The class count under each bucket: an empty bucket is not a 0% bucket.
        labels << tr("%1\u2013%2\n%3 spp.")
                      .arg(locale.toString(static_cast<qlonglong>(r.lo)),
                           locale.toString(static_cast<qlonglong>(r.hi - 1)),
                           locale.toString(static_cast<qlonglong>(r.classes)));
        va << r.meanClassAccuracy;
        if (b) vb << b->report.buckets[i].meanClassAccuracy;
        tips << tr("%1 classes with %2 val images")
                    .arg(locale.toString(static_cast<qlonglong>(r.classes)),
                         locale.toString(static_cast<qlonglong>(r.images)));
    }
    buckets_->setBars(labels, va, {QColor(70, 130, 180)}, vb, tips);

    showRanks(data->taxonomy, *a, b.get());
}

QString AnalysisOverview::macroText() const {
    return macro_->text();
}

void AnalysisOverview::showMacro(const AnalysisResult& a, const AnalysisResult* b) {
    const taxa::MacroScores m = taxa::macroScores(a.report.perClass);
    QString text =
        tr("<b>Macro average over %n species:</b> %1", nullptr, static_cast<int>(m.classes))
            .arg(macroScores(a.report));
    if (b) text += QStringLiteral("<br>") + tr("B: %1").arg(macroScores(b->report));
    macro_->setText(text);
}

void AnalysisOverview::showRanks(const taxa::Taxonomy& tax, const AnalysisResult& a,
                                 const AnalysisResult* b) {
    // AgreeRank runs from genus up to kingdom, then none; a dataset shows the ranks it has.
    const QLocale locale;
    std::vector<size_t> agree;  // AgreeRank indices shown
    QStringList rankLabels;
    for (int r = static_cast<int>(taxa::Rank::Genus); r >= static_cast<int>(taxa::Rank::Kingdom);
         --r) {
        if (!tax.hasRank(static_cast<taxa::Rank>(r))) continue;
        agree.push_back(static_cast<size_t>(static_cast<int>(taxa::Rank::Genus) - r));
        rankLabels << rankLabel(tax, r);
    }
    agree.push_back(static_cast<size_t>(taxa::AgreeRank::None));
    rankLabels << tr("none");
    auto shares = [&agree](const taxa::AnalysisReport& r) {
        int64_t total = 0;
        for (int64_t n : r.rankOfError)
            total += n;
        QVector<double> out;
        for (size_t k : agree)
            out << (total ? double(r.rankOfError[k]) / double(total) : 0.0);
        return out;
    };
    QStringList tips;
    for (size_t k : agree)
        tips << tr("%1 errors")
                    .arg(locale.toString(static_cast<qlonglong>(a.report.rankOfError[k])));
    ranks_->setBars(rankLabels, shares(a.report), {QColor(196, 98, 45)},
                    b ? shares(b->report) : QVector<double>{}, tips);
}
