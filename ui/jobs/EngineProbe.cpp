#include "jobs/EngineProbe.h"

#include <exception>

#include "engine/Engine.h"

bool EngineProbe::loaded() {
    return taxa::engine::loaded();
}

EngineProbe::Found EngineProbe::describe() {
    Found f;
    try {
        const taxa::engine::Info info = taxa::engine::get().info();
        f.available = true;
        f.cudaDevices = info.cudaDevices;
        const QString cuda = info.cudaDevices > 0
                                 ? tr("CUDA available: %n device(s)", nullptr, info.cudaDevices)
                                 : tr("CUDA not available: training and prediction run on the CPU");
        f.line = tr("ML engine: LibTorch %1, %2")
                     .arg(QString::fromStdString(info.libtorchVersion), cuda);
    } catch (const std::exception& e) {
        f.line = tr("ML engine: %1").arg(QString::fromUtf8(e.what()));
    }
    return f;
}

BackgroundJob::Work EngineProbe::probe(std::shared_ptr<Found> out) {
    return [out](const taxa::ProgressFn&) { *out = describe(); };
}
