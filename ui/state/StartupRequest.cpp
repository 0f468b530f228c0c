#include "state/StartupRequest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>

#include "train/TrainConfig.h"

namespace {

constexpr int kMaxProcesses = 1024;

// Options are described in the context "main", where taxa's main() first had them.
QString translated(const char* text) {
    return QCoreApplication::translate("main", text);
}

// Options taking a value: name, help, value name.
struct ValueOption {
    const char* name;
    const char* help;
    const char* value;
};

const ValueOption kValueOptions[] = {
    {"select", QT_TRANSLATE_NOOP("main", "Select the taxon of this name once the dataset is open"),
     "name"},
    {"tab",
     QT_TRANSLATE_NOOP(
         "main",
         "Show this tab first: species, longtail, summary, map, training, analysis, "
         "or pairs, classes, confusion, errors, calibration, pr (precision-recall), geo or "
         "featuremap (of the analysis)"),
     "tab"},
    {"search",
     QT_TRANSLATE_NOOP("main", "Search the taxonomy for this text once the dataset is open"),
     "text"},
    {"train",
     QT_TRANSLATE_NOOP("main",
                       "Start training with this preset (quick-cpu or winner-2018) once the "
                       "dataset is open"),
     "preset"},
    {"processes",
     QT_TRANSLATE_NOOP("main",
                       "With --train: train on this many processes (above one through taxa-cli "
                       "train --nproc-per-node)"),
     "n"},
    {"analyse",
     QT_TRANSLATE_NOOP("main",
                       "Analyse a run folder or a predictions CSV once the dataset is open"),
     "path"},
    {"compare",
     QT_TRANSLATE_NOOP("main", "With --analyse: compare with this run folder or predictions CSV"),
     "path"},
    {"geo",
     QT_TRANSLATE_NOOP("main",
                       "With --analyse: open this geographic prior (.geo) and switch it on, so "
                       "that the analysis shows without and with it"),
     "file"},
};

// toInt() reads "abc" as 0, which once trained on one process without a word.
int processCount(const QString& text, QString* error) {
    bool number = false;
    const int n = text.toInt(&number);
    if (number && n >= 1 && n <= kMaxProcesses) return n;
    *error = QStringLiteral("--processes: '%1' is not a number of processes (1 to %2)")
                 .arg(text)
                 .arg(kMaxProcesses);
    return 1;
}

bool knownPreset(const QString& name) {
    const auto names = taxa::trainPresetNames();
    return std::find(names.begin(), names.end(), name.toStdString()) != names.end();
}

}  // namespace

QStringList StartupRequest::tabNames() {
    return {QStringLiteral("species"), QStringLiteral("longtail"),    QStringLiteral("summary"),
            QStringLiteral("map"),     QStringLiteral("training"),    QStringLiteral("analysis"),
            QStringLiteral("pairs"),   QStringLiteral("classes"),     QStringLiteral("confusion"),
            QStringLiteral("errors"),  QStringLiteral("calibration"), QStringLiteral("pr"),
            QStringLiteral("geo"),     QStringLiteral("featuremap")};
}

bool StartupRequest::isAnalysisTab(const QString& tab) {
    return tabNames().indexOf(tab) > tabNames().indexOf(QStringLiteral("analysis"));
}

void StartupRequest::addOptions(QCommandLineParser& parser) {
    parser.addPositionalArgument(
        QStringLiteral("dataset"),
        QCoreApplication::translate("main", "Dataset folder, or annotation files, to open"),
        QStringLiteral("[DATASET_DIR | FILE...]"));
    for (const ValueOption& o : kValueOptions)
        parser.addOption(QCommandLineOption(QString::fromLatin1(o.name), translated(o.help),
                                            QString::fromLatin1(o.value)));
    parser.addOption(QCommandLineOption(
        QStringLiteral("why"),
        QCoreApplication::translate("main",
                                    "With --analyse: show where the evidence for the guess over "
                                    "the label lies on the pair view's val photo (loads the ML "
                                    "engine)")));
}

StartupRequest StartupRequest::read(const QCommandLineParser& parser, QString* error) {
    StartupRequest r;
    r.datasets = parser.positionalArguments();
    r.select = parser.value(QStringLiteral("select"));
    r.search = parser.value(QStringLiteral("search"));
    r.tab = parser.value(QStringLiteral("tab")).toLower();
    r.train = parser.value(QStringLiteral("train"));
    r.analyse = parser.value(QStringLiteral("analyse"));
    r.compare = parser.value(QStringLiteral("compare"));
    r.geo = parser.value(QStringLiteral("geo"));
    r.why = parser.isSet(QStringLiteral("why"));
    QString problem;
    if (parser.isSet(QStringLiteral("processes")))
        r.processes = processCount(parser.value(QStringLiteral("processes")), &problem);
    if (!r.tab.isEmpty() && !tabNames().contains(r.tab))
        problem = QStringLiteral("--tab: unknown tab '%1' (%2)")
                      .arg(r.tab, tabNames().join(QStringLiteral(", ")));
    if (!r.train.isEmpty() && !knownPreset(r.train))
        problem =
            QStringLiteral("--train: unknown preset '%1' (quick-cpu, winner-2018)").arg(r.train);
    if (r.analyse.isEmpty() && (!r.compare.isEmpty() || !r.geo.isEmpty() || r.why))
        problem = QStringLiteral("--compare, --geo and --why go with --analyse");
    if (error) *error = problem;
    return r;
}
