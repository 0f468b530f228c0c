// Dataset explorer benchmark (issue 3), offscreen, on a dataset folder (the full-scale set):
//  1. start-up: process start -> main window shown with the dataset loaded and the taxonomy
//     tree populated and painted; the peer is LoadedDataset::load() alone in the same process,
//     so the ratio is what the window adds on top of loading;
//  2. a search keystroke: the time from setting the search text to the tree re-filtered, laid
//     out and painted, median over 20 different strings; the peer is a stock
//     QSortFilterProxyModel (recursive, case-insensitive fixed string) over the same model;
//  3. where thumbnails were decoded (never on the GUI thread).
// Usage: bench_explorer DATASET_DIR

#include <unistd.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QThread>
#include <QTreeView>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "MainWindow.h"
#include "models/TaxonomyFilterProxy.h"
#include "models/TaxonomyModel.h"
#include "views/SpeciesPanel.h"
#include "views/TaxonomyPanel.h"
#include "workers/ThumbnailLoader.h"

namespace {

// Seconds since this process was started by the kernel (10 ms resolution), so that start-up
// includes loading the program and its libraries, not only what main() does.
double secondsSinceExec() {
    std::ifstream statFile("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(statFile)), {});
    std::istringstream fields(stat.substr(stat.rfind(')') + 2));
    std::string skip;
    for (int i = 3; i < 22; ++i)
        fields >> skip;
    unsigned long long startTicks = 0;
    fields >> startTicks;
    double uptime = 0;
    std::ifstream("/proc/uptime") >> uptime;
    return uptime - double(startTicks) / double(sysconf(_SC_CLK_TCK));
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Twenty search strings drawn from the dataset's own names, of 1 to 8 characters, plus a few
// common fragments and one that matches nothing.
QStringList searchStrings(const LoadedDataset& data) {
    QStringList out = {"a", "e", "ar", "idae", "zzzq"};
    const auto& tax = data.taxonomy;
    for (int i = 0; out.size() < 20; ++i) {
        const auto& name = tax.node(tax.speciesNode((i * 397 + 11) % tax.classCount())).name;
        const int len = 2 + i % 7;
        const int from = (i * 5) % std::max<int>(1, int(name.size()) - len);
        out << QString::fromStdString(name.substr(size_t(from), size_t(len))).toLower();
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const double execToMain = secondsSinceExec();
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_explorer DATASET_DIR\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // keep the user's settings out of it
    QApplication::setOrganizationName(QStringLiteral("TaxaWorkbenchBench"));
    QSettings().clear();
    const QString folder = QString::fromLocal8Bit(argv[1]);

    // 1. Start-up, as `taxa DIR` does it.
    MainWindow window;
    window.show();
    bool opened = false;
    QObject::connect(&window, &MainWindow::datasetOpened, [&] { opened = true; });
    window.openDataset(folder);
    while (!opened)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QTreeView* tree = window.taxonomyPanel()->view();
    if (!window.dataset() || tree->model()->rowCount() == 0) {
        std::fprintf(stderr, "bench_explorer: %s did not open\n", argv[1]);
        return 1;
    }
    QCoreApplication::processEvents();  // the tree's delayed layout and the first paint
    const double startup = secondsSinceExec();

    QElapsedTimer clock;
    clock.start();
    const auto peer = LoadedDataset::load(folder.toStdString(), {});
    const double loadOnly = clock.nsecsElapsed() / 1e9;

    // 2. Keystrokes through the panel's search box: filter, expand, lay out, paint.
    const auto& data = *window.dataset();
    const QStringList strings = searchStrings(data);
    QLineEdit* search = window.taxonomyPanel()->searchBox();
    std::vector<double> keystroke, ours, stock;
    std::vector<int> shown;
    for (const QString& s : strings) {
        clock.restart();
        search->setText(s);
        QCoreApplication::processEvents();
        tree->viewport()->repaint();
        keystroke.push_back(clock.nsecsElapsed() / 1e6);
        shown.push_back(window.taxonomyPanel()->proxy()->visibleSpecies());
    }
    search->clear();
    // Proxies alone, without a view: ours against the stock recursive filter.
    TaxonomyModel model;
    model.setDataset(window.dataset());
    TaxonomyFilterProxy proxy;
    proxy.setSourceModel(&model);
    QSortFilterProxyModel stockProxy;
    stockProxy.setSourceModel(&model);
    stockProxy.setRecursiveFilteringEnabled(true);
    stockProxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    stockProxy.setFilterKeyColumn(TaxonomyModel::Name);
    for (const QString& s : strings) {
        TaxonFilterCriteria c;
        c.needle = s.toStdString();
        clock.restart();
        proxy.setCriteria(c);
        proxy.rowCount();  // top level mapped, as a view would ask
        ours.push_back(clock.nsecsElapsed() / 1e6);
        clock.restart();
        stockProxy.setFilterFixedString(s);
        stockProxy.rowCount();
        stock.push_back(clock.nsecsElapsed() / 1e6);
    }

    // 3. Open a species: its thumbnails are requested, and decoded (or found missing) on the
    // loader's threads.
    window.taxonomyPanel()->selectTaxon(data.taxonomy.speciesNode(0));
    ThumbnailLoader* loader = window.speciesPanel()->loader();
    QElapsedTimer wait;
    wait.start();
    while (loader->decodedCount() == 0 && wait.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const bool guiDecoded = loader->decodeThreads().contains(QThread::currentThreadId());

    std::printf("dataset            %s (%d species, %zu images)\n", argv[1],
                data.taxonomy.classCount(), data.dataset.images.size());
    std::printf("start-up           %.3f s exec -> window shown with tree (target <= 1.5 s)\n",
                startup);
    std::printf("  exec -> main     %.3f s\n", execToMain);
    std::printf("  peer: load only  %.3f s (LoadedDataset::load, same process, warm)\n", loadOnly);
    std::printf("  window overhead  %.2fx of load only\n", startup / loadOnly);
    std::printf(
        "keystroke          median %.1f ms, max %.1f ms over %d strings (target <= 30 "
        "ms)\n",
        median(keystroke), *std::max_element(keystroke.begin(), keystroke.end()),
        int(keystroke.size()));
    std::printf("  proxy only       median %.2f ms; stock recursive proxy %.2f ms (%.1fx)\n",
                median(ours), median(stock), median(stock) / median(ours));
    std::printf("  species shown    ");
    for (size_t i = 0; i < shown.size(); ++i)
        std::printf("%s%s=%d", i ? ", " : "", qPrintable(strings[int(i)]), shown[i]);
    std::printf("\nthumbnails         %d decoded, on the GUI thread: %s\n", loader->decodedCount(),
                guiDecoded ? "YES" : "never");
    return guiDecoded ? 1 : 0;
}
