#include "jobs/SaliencyJob.h"

#include "engine/Engine.h"

BackgroundJob::Work SaliencyJob::compute(std::shared_ptr<const LoadedDataset> data,
                                         const QString& checkpoint, int32_t image, int32_t a,
                                         int32_t b,
                                         std::shared_ptr<std::optional<taxa::SaliencyMap>> out) {
    taxa::SaliencyRequest r;
    r.checkpoint = checkpoint.toStdString();
    r.image = static_cast<size_t>(image);
    r.classA = a;
    r.classB = b;
    return [data, r, out](const taxa::ProgressFn&) {
        *out = taxa::engine::saliency(data->dataset, r);
    };
}
