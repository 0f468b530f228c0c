#include "eval/InferenceModel.h"

#include <torch/torch.h>

#include "model/Checkpoint.h"
#include "train/TrainConfig.h"
#include "util/Error.h"

namespace taxa {

InferenceModel loadInferenceModel(const std::string& path, const std::vector<int64_t>& categoryIds,
                                  const std::string& datasetRoot, torch::Device device) {
    CheckpointFile file(path);  // read once for metadata and weights
    const CheckpointMeta& meta = file.meta();
    if (meta.categoryIds != categoryIds)
        throw Error(path + ": trained on other classes than " + datasetRoot + " has");
    InferenceModel m;
    m.model = ResNet(meta.model);
    file.loadInto(*m.model, nullptr, meta.model);
    m.model->to(device);
    if (device.is_cuda()) toChannelsLast(*m.model);
    m.model->eval();
    const TrainConfig run = TrainConfig::fromJson(meta.runConfig.empty() ? "{}" : meta.runConfig,
                                                  path + ": its run config");
    m.transform.crop = run.crop;
    m.transform.resize = run.resize;
    return m;
}

torch::Tensor centreView(const std::vector<uint8_t>& bytes, const TransformConfig& transform,
                         CropWindow* window) {
    const ImageSize s = sourceSize(bytes.data(), bytes.size(), transform);
    const TtaPlan plan = TtaPlan::parse("centre", CropPreset{transform.crop, transform.resize});
    const CropWindow w = planWindows(plan, s.width, s.height, transform.crop).front();
    const int64_t c = transform.crop;
    torch::Tensor view = torch::empty({1, 3, c, c});
    renderBox(bytes.data(), bytes.size(), w.box, w.flip, {}, transform, view.data_ptr<float>());
    if (window) *window = w;
    return view;
}

}  // namespace taxa
