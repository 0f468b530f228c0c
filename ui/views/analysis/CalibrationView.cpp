#include "views/analysis/CalibrationView.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/CalibrationModel.h"
#include "state/Formatting.h"
#include "views/analysis/AnalysisTable.h"
#include "views/analysis/ReliabilityPlot.h"

CalibrationView::CalibrationView(QWidget* parent)
    : QWidget(parent),
      summary_(new QLabel(this)),
      scaling_(new QCheckBox(this)),
      plot_(new ReliabilityPlot(this)),
      model_(new CalibrationModel(this)),
      sort_(new QSortFilterProxyModel(this)) {
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    sort_->setSourceModel(model_);
    sort_->setSortRole(CalibrationModel::SortRole);
    table_ = analysisTable(this, sort_);
    table_->sortByColumn(-1, Qt::AscendingOrder);  // the model's order: all, groups, buckets
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(scaling_);
    layout->addWidget(stackedPanes(this, plot_, table_, 3, 2), 1);
    connect(scaling_, &QCheckBox::toggled, this, &CalibrationView::showGroup);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CalibrationView::showGroup);
    setResult(nullptr, nullptr);
}

QString CalibrationView::summary() const {
    return summary_->text();
}

void CalibrationView::setScaled(bool scaled) {
    scaling_->setChecked(scaled && scaling_->isEnabled());
}

void CalibrationView::setResult(std::shared_ptr<const LoadedDataset> data,
                                std::shared_ptr<const AnalysisResult> result) {
    result_ = std::move(result);
    model_->setResult(std::move(data), result_);
    table_->resizeColumnsToContents();
    const QLocale locale;
    const auto& fit = result_ ? result_->temperature : std::nullopt;
    scaling_->setEnabled(fit.has_value());
    scaling_->setVisible(result_ && result_->report.calibration);
    if (fit)
        scaling_->setText(tr("Apply temperature scaling: T = %1, fitted on the %2 minival images")
                              .arg(locale.toString(fit->temperature, 'f', 2),
                                   locale.toString(static_cast<qlonglong>(fit->fitImages))));
    else
        scaling_->setText(tr("Temperature scaling needs scored images in minival"));
    if (!result_) {
        summary_->setText(tr("Open predictions to see how far their confidence can be trusted."));
    } else if (!result_->report.calibration) {
        summary_->setText(
            tr("Calibration needs scores: open the top-k store (val.topk.csv) that "
               "taxa-cli predict writes beside the CSV."));
    } else {
        const taxa::Reliability& all = result_->report.calibration->all;
        QString text = tr("<b>Expected calibration error %1</b> \u00b7 mean confidence %2 against "
                          "top-1 accuracy %3 (%4)")
                           .arg(percentText(all.ece()), percentText(all.meanConfidence()),
                                percentText(all.accuracy()),
                                all.meanConfidence() > all.accuracy() ? tr("over-confident")
                                                                      : tr("under-confident"));
        if (fit)
            text += QStringLiteral("<br>") +
                    tr("Temperature scaling, on the %1 images outside minival: %2 before, %3 "
                       "after.")
                        .arg(locale.toString(static_cast<qlonglong>(fit->heldOutImages)),
                             percentText(fit->eceBefore), percentText(fit->eceAfter));
        summary_->setText(text);
    }
    if (sort_->rowCount() > 0)
        table_->setCurrentIndex(sort_->index(0, 0));
    else
        showGroup();
}

void CalibrationView::showGroup() {
    const int row = sort_->mapToSource(table_->currentIndex()).row();
    const bool scaled = scaling_->isChecked() && scaling_->isEnabled();
    const taxa::Reliability* r = model_->reliability(row, scaled);
    if (!r) {
        plot_->clear(tr("Reliability diagram"));
        return;
    }
    const QString name = model_->groupName(row);
    plot_->setReliability(
        *r, scaled ? tr("%1, with T = %2: ECE %3")
                         .arg(name, QLocale().toString(result_->temperature->temperature, 'f', 2),
                              percentText(r->ece()))
                   : tr("%1: ECE %2").arg(name, percentText(r->ece())));
}
