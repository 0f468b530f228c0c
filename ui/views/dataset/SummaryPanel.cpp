#include "views/dataset/SummaryPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "dataset/DatasetLoader.h"
#include "models/FindingItemsModel.h"
#include "models/SummaryModel.h"

SummaryPanel::SummaryPanel(QWidget* parent)
    : QWidget(parent),
      model_(new SummaryModel(this)),
      table_(new QTableView(this)),
      heading_(new QLabel(this)),
      tail_(new QLabel(this)),
      findings_(new QListWidget(this)),
      itemsModel_(new FindingItemsModel(this)),
      items_(new QListView(this)),
      itemsLabel_(new QLabel(this)) {
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

    items_->setModel(itemsModel_);
    items_->setUniformItemSizes(true);
    itemsLabel_->setWordWrap(true);

    findings_->setWordWrap(true);
    itemsBox_ = new QWidget(this);
    auto* itemsBox = itemsBox_;
    auto* itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(itemsLabel_);
    itemsLayout->addWidget(items_, 1);
    auto* checksSplit = new QSplitter(Qt::Horizontal, this);
    checksSplit->addWidget(findings_);
    checksSplit->addWidget(itemsBox);
    checksSplit->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(table_, 3);
    layout->addWidget(tail_);
    auto* checks = new QLabel(tr("<b>Split checks</b>"), this);
    layout->addWidget(checks);
    layout->addWidget(checksSplit, 2);

    connect(findings_, &QListWidget::currentRowChanged, this, &SummaryPanel::showFinding);
    // Single clicks, as in a link list: the finding's items are what a person came for.
    connect(items_, &QListView::clicked, this, [this](const QModelIndex& index) {
        const int image = index.data(FindingItemsModel::ImageRole).toInt();
        if (image >= 0)
            emit imageRequested(image);
        else
            emit speciesRequested(index.data(FindingItemsModel::ClassRole).toInt());
    });
    connect(table_, &QTableView::doubleClicked, this, [this, proxy](const QModelIndex& index) {
        const int row = proxy->mapToSource(index).row();
        if (data_ && row < static_cast<int>(data_->stats.supercategories.size()))
            emit supercategoryRequested(row);
    });
    showFinding(-1);
}

void SummaryPanel::showFinding(int index) {
    const auto& findings = data_ ? data_->stats.checks.findings : std::vector<taxa::Finding>{};
    const bool valid = index >= 0 && index < static_cast<int>(findings.size());
    itemsModel_->setFinding(data_, valid ? index : -1);
    if (!valid) {
        itemsLabel_->setText(findings.empty() ? QString()
                                              : tr("Select a finding to list what it concerns."));
        return;
    }
    const QLocale locale;
    QString text = itemsModel_->listsImages() ? tr("%1 images concerned; click one to view it.")
                                                    .arg(locale.toString(itemsModel_->rowCount()))
                                              : tr("%1 species concerned; click one to show it.")
                                                    .arg(locale.toString(itemsModel_->rowCount()));
    if (itemsModel_->unlisted() > 0)
        text += QLatin1Char(' ') +
                tr("%1 more not listed.")
                    .arg(locale.toString(static_cast<qlonglong>(itemsModel_->unlisted())));
    if (itemsModel_->rowCount() == 0 && itemsModel_->unlisted() == 0)
        text = tr("This finding names no species or images.");
    itemsLabel_->setText(text);
}

void SummaryPanel::setDataset(std::shared_ptr<const LoadedDataset> data) {
    data_ = data;
    model_->setDataset(data);
    {
        const QSignalBlocker block(findings_);
        findings_->clear();
    }
    showFinding(-1);
    // With nothing found there is nothing to list: the message needs one line, not a pane.
    const bool found = data && !data->stats.checks.findings.empty();
    itemsBox_->setVisible(found);
    // On the list, not its splitter: a splitter derives its own limits from its children.
    findings_->setMaximumHeight(found ? QWIDGETSIZE_MAX : 3 * fontMetrics().height() + 12);
    if (!data) {
        heading_->clear();
        tail_->clear();
        return;
    }
    const auto& s = data->stats;
    const QLocale locale;
    const QString root = QString::fromStdString(s.root).toHtmlEscaped();
    if (data->testPending)
        heading_->setText(tr("<b>%1</b><br>%2 layout: %3 species, %4 train and %5 val "
                             "images; reading the test split...")
                              .arg(root, QString::fromStdString(s.layoutTitle),
                                   locale.toString(s.totals.classes),
                                   locale.toString(s.totals.train), locale.toString(s.totals.val)));
    else
        heading_->setText(tr("<b>%1</b><br>%2 layout: %3 species, %4 train, %5 val "
                             "and %6 test images")
                              .arg(root, QString::fromStdString(s.layoutTitle),
                                   locale.toString(s.totals.classes),
                                   locale.toString(s.totals.train), locale.toString(s.totals.val),
                                   locale.toString(s.testImages)));
    if (s.derivedSplit.active())
        heading_->setText(heading_->text() + QStringLiteral("<br>") +
                          tr("Val drawn from the one folder: %1% of each class, seed %2")
                              .arg(locale.toString(100 * s.derivedSplit.valFraction, 'g', 3))
                              .arg(s.derivedSplit.seed));
    QStringList buckets;
    for (const auto& b : s.buckets)
        buckets << tr("%1-%2: %3").arg(b.lo).arg(b.hi - 1).arg(locale.toString(b.species));
    tail_->setText(tr("Train images per species: min %1, median %2, max %3. Species per "
                      "training-count bucket: %4")
                       .arg(locale.toString(s.minTrain), locale.toString(s.medianTrain, 'g', 6),
                            locale.toString(s.maxTrain), buckets.join(QStringLiteral(", "))));
    if (s.checks.findings.empty() && !data->testPending) {
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
    // Last, so that rows above keep matching the findings' indices.
    if (data->testPending)
        findings_->addItem(tr("The split checks run once the test split is read."));
}
