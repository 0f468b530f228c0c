#include "views/training/TrainConfigForm.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <climits>

#include "state/RunsLocation.h"

namespace {

enum StageColumn { StageName, Trainable, Data, Epochs, Lr, StageColumns };

QComboBox* combo(QWidget* parent, const QList<QPair<QString, QString>>& items) {
    auto* box = new QComboBox(parent);
    for (const auto& [label, value] : items)
        box->addItem(label, value);
    return box;
}

void select(QComboBox* box, const std::string& value) {
    const int i = box->findData(QString::fromStdString(value));
    if (i >= 0) box->setCurrentIndex(i);
}

std::string selected(const QComboBox* box) {
    return box->currentData().toString().toStdString();
}

QSpinBox* spin(QWidget* parent, int lo, int hi, const QString& special = {}) {
    auto* s = new QSpinBox(parent);
    s->setRange(lo, hi);
    if (!special.isEmpty()) s->setSpecialValueText(special);
    return s;
}

}  // namespace

TrainConfigForm::TrainConfigForm(QWidget* parent)
    : QWidget(parent),
      preset_(new QComboBox(this)),
      arch_(combo(this, {{QStringLiteral("ResNet-18"), QStringLiteral("resnet18")},
                         {QStringLiteral("ResNet-34"), QStringLiteral("resnet34")},
                         {QStringLiteral("ResNet-50"), QStringLiteral("resnet50")},
                         {QStringLiteral("ResNet-101"), QStringLiteral("resnet101")},
                         {QStringLiteral("ResNet-152"), QStringLiteral("resnet152")}})),
      head_(combo(this, {{tr("Average pooling"), QStringLiteral("avg")},
                         {tr("iSQRT-COV (second order)"), QStringLiteral("mpncov")}})),
      crop_(spin(this, 16, 2048)),
      resize_(spin(this, 16, 4096)),
      batch_(spin(this, 1, 65536)),
      stages_(new QTableWidget(0, StageColumns, this)),
      sampler_(combo(this, {{tr("Instance (as in the data)"), QStringLiteral("instance")},
                            {tr("Class-balanced"), QStringLiteral("class-balanced")},
                            {tr("Square-root"), QStringLiteral("sqrt")},
                            {tr("Power (q)"), QStringLiteral("power")}})),
      smoothing_(new QDoubleSpinBox(this)),
      smoothingKind_(combo(this, {{tr("uniform"), QStringLiteral("uniform")},
                                  {tr("taxonomy-aware"), QStringLiteral("taxonomy")}})),
      device_(combo(this, {{tr("Automatic (CUDA if present)"), QStringLiteral("auto")},
                           {tr("CPU"), QStringLiteral("cpu")},
                           {tr("CUDA GPU"), QStringLiteral("cuda")}})),
      threads_(spin(this, 0, 1024, tr("all cores"))),
      seed_(spin(this, 0, INT_MAX)),
      maxSteps_(spin(this, 0, INT_MAX, tr("full epochs"))),
      processesLabel_(new QLabel(tr("Pr&ocesses:"), this)),
      processes_(spin(this, 1, 1024)),
      folder_(new QLineEdit(this)) {
    configureFields();
    configureStages();
    layOut();
    connect(preset_, &QComboBox::activated, this,
            [this] { applyPreset(preset_->currentData().toString()); });
    applyPreset(QStringLiteral("quick-cpu"));
    setRunFolder(newRunFolder());
}

void TrainConfigForm::configureFields() {
    for (const std::string& name : taxa::trainPresetNames())
        preset_->addItem(presetLabel(name), QString::fromStdString(name));
    crop_->setSuffix(tr(" px"));
    resize_->setSuffix(tr(" px"));
    smoothing_->setRange(0, 0.9);
    smoothing_->setSingleStep(0.05);
    smoothing_->setDecimals(2);
    smoothing_->setSpecialValueText(tr("off"));
    maxSteps_->setToolTip(tr("Caps the batches per epoch, for quick experiments"));
    processesLabel_->setBuddy(processes_);
    setCudaDevices(0);
}

void TrainConfigForm::configureStages() {
    stages_->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Trains"), tr("Data"), tr("Epochs"), tr("Peak LR")});
    stages_->verticalHeader()->hide();
    stages_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    stages_->horizontalHeader()->setStretchLastSection(true);
    stages_->setToolTip(
        tr("Stages run one after the other. Trains: all, head, last:K blocks. Data: train, or "
           "val to fine-tune on the balanced val split."));
    stages_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    stages_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TrainConfigForm::layOut() {
    auto* smoothingRow = new QHBoxLayout;
    smoothingRow->addWidget(smoothing_, 1);
    smoothingRow->addWidget(smoothingKind_, 1);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(crop_, 1);
    sizeRow->addWidget(resize_, 1);
    auto* folderRow = new QHBoxLayout;
    auto* browse = new QToolButton(this);
    browse->setText(tr("..."));
    browse->setToolTip(tr("Choose the run folder"));
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(browse);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Preset:"), preset_);
    form->addRow(tr("&Network:"), arch_);
    form->addRow(tr("&Head:"), head_);
    form->addRow(tr("Crop / resize:"), sizeRow);
    form->addRow(tr("&Batch size:"), batch_);
    form->addRow(stages_);
    form->addRow(tr("&Sampler:"), sampler_);
    form->addRow(tr("Label smoothing:"), smoothingRow);
    form->addRow(tr("&Device:"), device_);
    form->addRow(tr("&Threads:"), threads_);
    form->addRow(processesLabel_, processes_);
    form->addRow(tr("S&eed:"), seed_);
    form->addRow(tr("&Max steps:"), maxSteps_);
    form->addRow(tr("Run folder:"), folderRow);
    connect(browse, &QToolButton::clicked, this, &TrainConfigForm::chooseFolder);
}

QString TrainConfigForm::presetLabel(const std::string& name) const {
    if (name == "quick-cpu") return tr("Quick CPU demo");
    if (name == "winner-2018") return tr("2018 winner recipe (GPU)");
    return QString::fromStdString(name);
}

void TrainConfigForm::applyPreset(const QString& name) {
    const int i = preset_->findData(name);
    if (i >= 0) preset_->setCurrentIndex(i);
    setConfig(taxa::TrainConfig::preset(name.toStdString()));
}

QString TrainConfigForm::presetName() const {
    return preset_->currentData().toString();
}

void TrainConfigForm::setConfig(const taxa::TrainConfig& c) {
    base_ = c;
    select(arch_, c.model.arch);
    select(head_, c.model.head);
    crop_->setValue(c.crop);
    resize_->setValue(c.resize);
    batch_->setValue(c.batchSize);
    stages_->setRowCount(static_cast<int>(c.stages.size()));
    for (int r = 0; r < stages_->rowCount(); ++r) {
        const taxa::StageConfig& s = c.stages[static_cast<size_t>(r)];
        const QStringList cells = {QString::fromStdString(s.name),
                                   QString::fromStdString(s.trainable),
                                   QString::fromStdString(s.data), QString::number(s.epochs),
                                   QString::number(s.lr, 'g', 6)};
        for (int col = 0; col < StageColumns; ++col)
            stages_->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    // As tall as its rows: the form, not the table, should take the spare height.
    stages_->setFixedHeight(stages_->horizontalHeader()->sizeHint().height() +
                            stages_->verticalHeader()->defaultSectionSize() * stages_->rowCount() +
                            2 * stages_->frameWidth() + 2);
    select(sampler_, c.sampler);
    smoothing_->setValue(c.labelSmoothing);
    select(smoothingKind_, c.smoothing);
    select(device_, c.device);
    threads_->setValue(c.threads);
    seed_->setValue(static_cast<int>(std::min<uint64_t>(c.seed, INT_MAX)));
    maxSteps_->setValue(static_cast<int>(std::min<int64_t>(c.maxStepsPerEpoch, INT_MAX)));
}

taxa::TrainConfig TrainConfigForm::config() const {
    taxa::TrainConfig c = base_;
    c.model.arch = selected(arch_);
    c.model.head = selected(head_);
    c.crop = crop_->value();
    c.resize = resize_->value();
    c.batchSize = batch_->value();
    c.stages.clear();
    for (int r = 0; r < stages_->rowCount(); ++r) {
        auto text = [&](int col) {
            const QTableWidgetItem* item = stages_->item(r, col);
            return item ? item->text().trimmed() : QString();
        };
        taxa::StageConfig s;
        s.name = text(StageName).toStdString();
        s.trainable = text(Trainable).toStdString();
        s.data = text(Data).toStdString();
        s.epochs = text(Epochs).toInt();  // 0 if unreadable: validate() names the stage
        s.lr = text(Lr).toDouble();
        c.stages.push_back(s);
    }
    c.sampler = selected(sampler_);
    c.labelSmoothing = smoothing_->value();
    c.smoothing = selected(smoothingKind_);
    c.device = selected(device_);
    c.threads = threads_->value();
    c.seed = static_cast<uint64_t>(seed_->value());
    c.maxStepsPerEpoch = maxSteps_->value();
    return c;
}

QString TrainConfigForm::runFolder() const {
    return folder_->text().trimmed();
}

void TrainConfigForm::setRunFolder(const QString& folder) {
    folder_->setText(folder);
}

void TrainConfigForm::chooseFolder() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Parent folder for the run"), runsFolder());
    if (!dir.isEmpty()) setRunFolder(dir + QLatin1Char('/') + QFileInfo(newRunFolder()).fileName());
}

int TrainConfigForm::processes() const {
    return processes_->value();
}

void TrainConfigForm::setProcesses(int n) {
    processes_->setValue(n);
}

void TrainConfigForm::setCudaDevices(int n) {
    processesLabel_->setText(n > 0 ? tr("&GPUs:") : tr("Pr&ocesses:"));
    processes_->setMaximum(n > 0 ? n : 1024);
    processes_->setSuffix(n > 0 ? tr(" of %1").arg(n) : QString());
    processes_->setToolTip(
        (n > 0 ? tr("Train on this many GPUs, one process each.")
               : tr("Train in this many CPU processes (data-parallel; each gets an equal share "
                    "of the cores).")) +
        tr(" Above one the run goes through taxa-cli train --nproc-per-node; the batch size is "
           "per process and the learning rate is for the global batch."));
}
