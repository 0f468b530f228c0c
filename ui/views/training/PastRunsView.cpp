#include "views/training/PastRunsView.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <memory>

#include "models/RunListModel.h"
#include "workers/BackgroundJob.h"

PastRunsView::PastRunsView(QWidget* parent)
    : QWidget(parent),
      model_(new RunListModel(this)),
      table_(new QTableView(this)),
      config_(new QPlainTextEdit(this)),
      resume_(new QPushButton(tr("&Resume"), this)),
      curves_(new QPushButton(tr("Show &curves"), this)),
      analyse_(new QPushButton(tr("&Analyse..."), this)),
      scanJob_(new BackgroundJob(this)) {
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setAlternatingRowColors(true);
    config_->setReadOnly(true);
    config_->setLineWrapMode(QPlainTextEdit::NoWrap);
    config_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    config_->setPlaceholderText(tr("Choose a run to see its configuration"));
    resume_->setToolTip(tr("Continue an unfinished run from its last checkpoint"));
    curves_->setToolTip(tr("Show the run's logged curves"));
    analyse_->setToolTip(
        tr("Predict the val split with the run's best checkpoint and analyse "
           "the errors"));
    auto* refresh = new QPushButton(tr("Re&fresh"), this);
    auto* open = new QPushButton(tr("&Open Folder"), this);

    // Two rows: the panel shares the window with the taxonomy and must stay narrow.
    auto* buttons = new QGridLayout;
    buttons->addWidget(resume_, 0, 0);
    buttons->addWidget(curves_, 0, 1);
    buttons->addWidget(analyse_, 0, 2);
    buttons->addWidget(open, 1, 0);
    buttons->addWidget(refresh, 1, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table_);
    split->addWidget(config_);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PastRunsView::selectionChanged);
    connect(model_, &QAbstractItemModel::dataChanged, this, &PastRunsView::selectionChanged);
    connect(resume_, &QPushButton::clicked, this, [this] { emit resumeRequested(selectedRun()); });
    connect(curves_, &QPushButton::clicked, this, [this] { emit curvesRequested(selectedRun()); });
    connect(analyse_, &QPushButton::clicked, this,
            [this] { emit analyseRequested(selectedRun()); });
    connect(refresh, &QPushButton::clicked, this, &PastRunsView::rescan);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString run = selectedRun();
        QDesktopServices::openUrl(QUrl::fromLocalFile(run.isEmpty() ? folder_ : run));
    });
    selectionChanged();
}

void PastRunsView::scan(const QString& folder) {
    folder_ = folder;
    if (scanJob_->isRunning()) {
        rescanPending_ = true;  // the folder changed under the running scan: scan once more
        return;
    }
    auto runs = std::make_shared<std::vector<RunInfo>>();
    scanJob_->start([runs, folder](const taxa::ProgressFn&) { *runs = scanRuns(folder); },
                    [this, runs](BackgroundJob::Outcome outcome, const QString&) {
                        if (outcome == BackgroundJob::Outcome::Succeeded)
                            showRuns(std::move(*runs));
                        if (rescanPending_) {
                            rescanPending_ = false;
                            rescan();
                        }
                    });
}

void PastRunsView::showRuns(std::vector<RunInfo> runs) {
    const QString keep = wantSelected_.isEmpty() ? selectedRun() : wantSelected_;
    model_->setRuns(std::move(runs));
    wantSelected_.clear();
    selectRun(keep);
    emit scanned();
}

void PastRunsView::rescan() {
    if (!folder_.isEmpty()) scan(folder_);
}

void PastRunsView::setActive(const QString& folder) {
    // One run at a time: while one trains, none can be resumed.
    canResume_ = folder.isEmpty();
    model_->setActive(folder);
    selectionChanged();
}

void PastRunsView::selectRun(const QString& folder) {
    const int row = model_->rowOf(folder);
    if (row < 0) {
        if (scanJob_->isRunning()) wantSelected_ = folder;
        return;
    }
    table_->selectRow(row);
    table_->scrollTo(model_->index(row, 0));
}

QString PastRunsView::selectedRun() const {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.front().data(RunListModel::PathRole).toString();
}

void PastRunsView::selectionChanged() {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    const bool any = !rows.isEmpty();
    resume_->setEnabled(canResume_ && any &&
                        rows.front().data(RunListModel::ResumableRole).toBool());
    curves_->setEnabled(any);
    analyse_->setEnabled(any && model_->run(rows.front().row()).hasBest);
    const QString text = any ? model_->run(rows.front().row()).configJson : QString();
    if (config_->toPlainText() != text) config_->setPlainText(text);
}
