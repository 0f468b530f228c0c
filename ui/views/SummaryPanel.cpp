#include "views/SummaryPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "dataset/DatasetLoader.h"
#include "models/SummaryModel.h"

SummaryPanel::SummaryPanel(QWidget* parent)
    : QWidget(parent),
      model_(new SummaryModel(this)),
      table_(new QTableView(this)),
      heading_(new QLabel(this)),
      tail_(new QLabel(this)),
      findings_(new QListWidget(this)) {
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model_);
    proxy->setSortRole(Qt::UserRole);
    table_->setModel(proxy);
    table_->setSortingEnabled(true);
    table_->sortByColumn(-1, Qt::AscendingOrder);  // keep the published order until asked
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    heading_->setTextFormat(Qt::RichText);
    heading_->setWordWrap(true);
    tail_->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(table_, 3);
    layout->addWidget(tail_);
    auto* checks = new QLabel(tr("<b>Split checks</b>"), this);
    layout->addWidget(checks);
    layout->addWidget(findings_, 1);
}

void SummaryPanel::setDataset(std::shared_ptr<const LoadedDataset> data) {
    model_->setDataset(data);
    findings_->clear();
    if (!data) {
        heading_->clear();
        tail_->clear();
        return;
    }
    const auto& s = data->stats;
    const QLocale locale;
    heading_->setText(tr("<b>%1</b><br>iNaturalist %2 layout: %3 species, %4 train, %5 val and "
                         "%6 test images")
                          .arg(QString::fromStdString(s.root).toHtmlEscaped(),
                               QString::fromStdString(s.layout), locale.toString(s.totals.classes),
                               locale.toString(s.totals.train), locale.toString(s.totals.val),
                               locale.toString(s.testImages)));
    QStringList buckets;
    for (const auto& b : s.buckets)
        buckets << tr("%1-%2: %3").arg(b.lo).arg(b.hi - 1).arg(locale.toString(b.species));
    tail_->setText(tr("Train images per species: min %1, median %2, max %3. Species per "
                      "training-count bucket: %4")
                       .arg(locale.toString(s.minTrain), locale.toString(s.medianTrain, 'g', 6),
                            locale.toString(s.maxTrain), buckets.join(QStringLiteral(", "))));
    if (s.checks.findings.empty()) {
        findings_->addItem(tr("All checks passed (%1)").arg(QString::fromStdString([&] {
            std::string run;
            for (const auto& c : s.checks.checksRun)
                run += (run.empty() ? "" : ", ") + c;
            return run;
        }())));
    }
    for (const auto& f : s.checks.findings) {
        auto* item =
            new QListWidgetItem(QStringLiteral("[%1] %2").arg(QString::fromStdString(f.severity),
                                                              QString::fromStdString(f.message)),
                                findings_);
        item->setForeground(f.severity == "error" ? QColor(200, 40, 40) : QColor(180, 120, 0));
    }
}
