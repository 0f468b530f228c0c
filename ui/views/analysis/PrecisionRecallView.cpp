#include "views/analysis/PrecisionRecallView.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QVBoxLayout>

#include "state/Formatting.h"
#include "views/analysis/PrecisionRecallPlot.h"

namespace {
const QColor kSplit(70, 130, 180);
const QColor kSpecies(196, 98, 45);
}  // namespace

PrecisionRecallView::PrecisionRecallView(QWidget* parent)
    : QWidget(parent),
      summary_(new QLabel(this)),
      speciesBox_(new QLineEdit(this)),
      names_(new QStringListModel(this)),
      speciesNote_(new QLabel(this)),
      plot_(new PrecisionRecallPlot(this)) {
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    speciesNote_->setWordWrap(true);
    speciesBox_->setPlaceholderText(tr("The per-class table's species, or type a name"));
    speciesBox_->setClearButtonEnabled(true);
    auto* completer = new QCompleter(names_, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    speciesBox_->setCompleter(completer);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Species:"), this));
    row->addWidget(speciesBox_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addLayout(row);
    layout->addWidget(speciesNote_);
    layout->addWidget(plot_, 1);

    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            &PrecisionRecallView::speciesTyped);
    connect(speciesBox_, &QLineEdit::returnPressed, this,
            [this] { speciesTyped(speciesBox_->text()); });
    connect(speciesBox_, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) showSpecies(-1);  // the clear button
    });
    setResults(nullptr, nullptr);
}

QString PrecisionRecallView::summary() const {
    return summary_->text();
}

QString PrecisionRecallView::speciesNote() const {
    return speciesNote_->text();
}

void PrecisionRecallView::setResults(std::shared_ptr<const LoadedDataset> data,
                                     std::shared_ptr<const AnalysisResult> a,
                                     std::shared_ptr<const AnalysisResult> b) {
    if (data != data_) {
        QStringList names;
        classOfName_.clear();
        if (data) {
            for (size_t c = 0; c < data->dataset.categories.size(); ++c) {
                names << QString::fromStdString(data->dataset.categories[c].name);
                classOfName_.insert(names.back().toLower(), static_cast<int32_t>(c));
            }
        }
        names_->setStringList(names);
    }
    data_ = std::move(data);
    a_ = data_ ? std::move(a) : nullptr;
    b_ = a_ ? std::move(b) : nullptr;
    speciesBox_->setEnabled(a_ && a_->report.precisionRecall);
    showSpecies(species_);  // the same species if this dataset has it
}

void PrecisionRecallView::showSpecies(int32_t c) {
    if (!data_ || c < 0 || c >= static_cast<int32_t>(data_->dataset.categories.size())) c = -1;
    species_ = c;
    const QSignalBlocker block(speciesBox_);
    speciesBox_->setText(
        c < 0 ? QString()
              : QString::fromStdString(data_->dataset.categories[static_cast<size_t>(c)].name));
    redraw();
}

void PrecisionRecallView::speciesTyped(const QString& name) {
    const auto it = classOfName_.constFind(name.trimmed().toLower());
    if (it != classOfName_.constEnd())
        showSpecies(it.value());
    else if (!name.trimmed().isEmpty())
        speciesNote_->setText(tr("No species is named \u201c%1\u201d").arg(name.trimmed()));
}

QString PrecisionRecallView::speciesLine(const taxa::PrCurve& curve) const {
    const QString name =
        QString::fromStdString(data_->dataset.categories[static_cast<size_t>(species_)].name);
    if (curve.positives == 0) return tr("%1 has no val images: no curve for it").arg(name);
    if (curve.guesses == 0)
        return tr("%1 was never the first guess: no curve (precision undefined, recall 0)")
            .arg(name);
    const QLocale locale;
    return tr("%1: average precision %2 (val images: %3; first guess for: %4)")
        .arg(name, percentText(curve.averagePrecision),
             locale.toString(static_cast<qlonglong>(curve.positives)),
             locale.toString(static_cast<qlonglong>(curve.guesses)));
}

void PrecisionRecallView::redraw() {
    speciesNote_->clear();
    if (!a_) {
        summary_->setText(tr("Open predictions to see how precision trades against recall."));
        plot_->clear(tr("Precision-recall"));
        return;
    }
    if (!a_->report.precisionRecall) {
        summary_->setText(
            tr("No curve: it needs each image's scores, which a Kaggle CSV lacks; open the top-k "
               "store (val.topk.csv) that taxa-cli predict writes beside it."));
        plot_->clear(tr("Precision-recall needs scores"));
        return;
    }
    const taxa::PrCurve& all = *a_->report.precisionRecall;
    const bool scoredB = b_ && b_->report.precisionRecall;
    const QLocale locale;
    QString text = tr("<b>Average precision %1</b> as the top-1 confidence threshold falls, over "
                      "%2 val images; recall ends at the top-1 accuracy, %3")
                       .arg(percentText(all.averagePrecision),
                            locale.toString(static_cast<qlonglong>(all.positives)),
                            percentText(all.points.empty() ? 0 : all.points.back().recall));
    if (scoredB)
        text += QStringLiteral("<br>") +
                tr("B: average precision %1 (dashed)")
                    .arg(percentText(b_->report.precisionRecall->averagePrecision));
    else if (b_)
        text += QStringLiteral("<br>") + tr("B has no scores: no curve for it");
    summary_->setText(text);

    // With B, every name says whose curve it is.
    auto ofA = [this](const QString& name) { return b_ ? tr("%1 (A)").arg(name) : name; };
    auto ofB = [](const QString& name) { return tr("%1 (B)").arg(name); };
    std::vector<PrecisionRecallPlot::Series> series;
    series.push_back({all, ofA(tr("All val images")), kSplit, false});
    if (scoredB)
        series.push_back({*b_->report.precisionRecall, ofB(tr("All val images")), kSplit, true});
    if (species_ >= 0) {
        const QString name =
            QString::fromStdString(data_->dataset.categories[static_cast<size_t>(species_)].name);
        taxa::PrCurve curve = taxa::precisionRecall(a_->predictions, a_->truths, species_);
        speciesNote_->setText(speciesLine(curve));
        series.push_back({std::move(curve), ofA(name), kSpecies, false});
        if (scoredB)
            series.push_back({taxa::precisionRecall(b_->predictions, b_->truths, species_),
                              ofB(name), kSpecies, true});
    }
    plot_->setCurves(std::move(series),
                     tr("Precision against recall as the top-1 confidence threshold falls"));
}
