#include "model/TorchPickle.h"

#include <cstring>
#include <limits>
#include <memory>
#include <unordered_map>

#include "util/Error.h"

namespace taxa {

namespace {

// Storage classes torch.save names in its persistent ids, and their dtypes.
struct StorageType {
    const char* global;
    const char* dtype;
    int bytes;
};
constexpr StorageType kStorages[] = {
    {"torch.FloatStorage", "float32", 4}, {"torch.DoubleStorage", "float64", 8},
    {"torch.HalfStorage", "float16", 2},  {"torch.BFloat16Storage", "bfloat16", 2},
    {"torch.LongStorage", "int64", 8},    {"torch.IntStorage", "int32", 4},
    {"torch.ShortStorage", "int16", 2},   {"torch.CharStorage", "int8", 1},
    {"torch.ByteStorage", "uint8", 1},    {"torch.BoolStorage", "bool", 1}};

// Limits against hostile files: a state dict has thousands of values, not millions.
constexpr size_t kMaxValues = 20'000'000;
constexpr size_t kMaxDims = 64;

struct Value;
using ValuePtr = std::shared_ptr<Value>;

struct Value {
    enum class Kind {
        None,
        Bool,
        Int,
        Float,
        Str,
        Tuple,
        List,
        Dict,
        Global,
        Tensor,
        Storage,
        Object
    };
    Kind kind = Kind::None;
    int64_t i = 0;
    std::string s;                ///< Str; Global's "module.name".
    std::vector<ValuePtr> items;  ///< Tuple, List; Dict as key, value, key, value...
    TensorRecord tensor;          ///< Tensor; Storage (dtype, key, numel).
};

ValuePtr make(Value::Kind k) {
    auto v = std::make_shared<Value>();
    v->kind = k;
    return v;
}

class Unpickler {
  public:
    Unpickler(std::string_view data, const std::string& label) : d_(data), label_(label) {}
    ValuePtr run();

  private:
    [[noreturn]] void fail(const std::string& what) const {
        throw Error(label_ + ": unreadable state dict pickle: " + what + " (at byte " +
                    std::to_string(pos_) + ")");
    }
    const char* take(size_t n) {
        if (n > d_.size() - pos_) fail("unexpected end");
        const char* p = d_.data() + pos_;
        pos_ += n;
        return p;
    }
    uint64_t le(size_t n) {
        const auto* p = reinterpret_cast<const uint8_t*>(take(n));
        uint64_t v = 0;
        for (size_t k = n; k-- > 0;)
            v = (v << 8) | p[k];
        return v;
    }
    std::string line() {
        const size_t end = d_.find('\n', pos_);
        if (end == std::string_view::npos) fail("unterminated name");
        std::string s(d_.substr(pos_, end - pos_));
        pos_ = end + 1;
        return s;
    }
    void push(ValuePtr v) {
        if (++values_ > kMaxValues) fail("too many values");
        stack_.push_back(std::move(v));
    }
    ValuePtr pop() {
        if (stack_.size() <= floor()) fail("stack underflow");
        ValuePtr v = std::move(stack_.back());
        stack_.pop_back();
        return v;
    }
    ValuePtr& top() {
        if (stack_.size() <= floor()) fail("stack underflow");
        return stack_.back();
    }
    size_t floor() const { return marks_.empty() ? 0 : marks_.back(); }
    std::vector<ValuePtr> popToMark() {
        if (marks_.empty()) fail("no mark");
        std::vector<ValuePtr> out(stack_.begin() + std::ptrdiff_t(marks_.back()), stack_.end());
        stack_.resize(marks_.back());
        marks_.pop_back();
        return out;
    }
    void pushInt(int64_t v) {
        auto x = make(Value::Kind::Int);
        x->i = v;
        push(x);
    }
    void pushStr(size_t len) {
        auto x = make(Value::Kind::Str);
        x->s.assign(take(len), len);
        push(x);
    }
    void pushSequence(Value::Kind k, std::vector<ValuePtr> items) {
        auto x = make(k);
        x->items = std::move(items);
        push(x);
    }
    void memoize(uint64_t index) { memo_[index] = top(); }
    ValuePtr recall(uint64_t index) {
        const auto it = memo_.find(index);
        if (it == memo_.end()) fail("unknown memo entry");
        return it->second;
    }
    Value& container(Value::Kind kind) {
        Value& c = *top();
        if (c.kind != kind && !(kind == Value::Kind::Dict && c.kind == Value::Kind::Object))
            fail("items added to something that is not a container");
        return c;
    }
    void setItems(std::vector<ValuePtr> kv) {
        if (kv.size() % 2) fail("odd number of dict items");
        Value& d = container(Value::Kind::Dict);
        for (auto& x : kv)
            d.items.push_back(std::move(x));
    }
    void op(uint8_t code);
    void reduce();
    void persistent();
    ValuePtr tensorFrom(const std::vector<ValuePtr>& args);
    std::vector<int64_t> ints(const ValuePtr& tuple);

    std::string_view d_;
    const std::string& label_;
    size_t pos_ = 0;
    size_t values_ = 0;
    std::vector<ValuePtr> stack_;
    std::vector<size_t> marks_;
    std::unordered_map<uint64_t, ValuePtr> memo_;
};

std::vector<int64_t> Unpickler::ints(const ValuePtr& tuple) {
    if (tuple->kind != Value::Kind::Tuple || tuple->items.size() > kMaxDims)
        fail("tensor shape is not a tuple");
    std::vector<int64_t> out;
    for (const auto& x : tuple->items) {
        if (x->kind != Value::Kind::Int || x->i < 0) fail("tensor shape holds a non-size");
        out.push_back(x->i);
    }
    return out;
}

// _rebuild_tensor_v2(storage, offset, size, stride, ...): checks that the view fits.
ValuePtr Unpickler::tensorFrom(const std::vector<ValuePtr>& args) {
    if (args.size() < 4 || args[0]->kind != Value::Kind::Storage ||
        args[1]->kind != Value::Kind::Int || args[1]->i < 0)
        fail("malformed tensor");
    auto t = make(Value::Kind::Tensor);
    t->tensor = args[0]->tensor;
    t->tensor.offset = args[1]->i;
    t->tensor.sizes = ints(args[2]);
    t->tensor.strides = ints(args[3]);
    if (t->tensor.sizes.size() != t->tensor.strides.size()) fail("tensor shape and strides differ");
    __int128 last = t->tensor.offset;
    bool empty = false;
    for (size_t k = 0; k < t->tensor.sizes.size(); ++k) {
        empty = empty || t->tensor.sizes[k] == 0;
        last +=
            __int128(t->tensor.sizes[k] > 0 ? t->tensor.sizes[k] - 1 : 0) * t->tensor.strides[k];
    }
    if (!empty && last >= t->tensor.storageNumel) fail("tensor reaches past its storage");
    return t;
}

void Unpickler::reduce() {
    const ValuePtr args = pop(), callable = pop();
    if (args->kind != Value::Kind::Tuple) fail("REDUCE without an argument tuple");
    const std::string& f = callable->s;
    if (callable->kind == Value::Kind::Global && f == "collections.OrderedDict")
        return push(make(Value::Kind::Dict));
    if (f == "torch._utils._rebuild_tensor_v2" || f == "torch._utils._rebuild_tensor")
        return push(tensorFrom(args->items));
    if ((f == "torch._utils._rebuild_parameter" ||
         f == "torch._utils._rebuild_parameter_with_state") &&
        !args->items.empty() && args->items[0]->kind == Value::Kind::Tensor)
        return push(args->items[0]);
    push(make(Value::Kind::Object));  // anything else is never a tensor of the dict
}

// BINPERSID: ('storage', torch.FloatStorage, key, location, numel).
void Unpickler::persistent() {
    const ValuePtr pid = pop();
    if (pid->kind != Value::Kind::Tuple || pid->items.size() < 5 || pid->items[0]->s != "storage" ||
        pid->items[1]->kind != Value::Kind::Global || pid->items[4]->kind != Value::Kind::Int ||
        pid->items[4]->i < 0)
        fail("unsupported persistent id (not a tensor storage)");
    auto s = make(Value::Kind::Storage);
    for (const StorageType& st : kStorages)
        if (pid->items[1]->s == st.global) s->tensor.dtype = st.dtype;
    if (s->tensor.dtype.empty()) fail("unsupported storage type " + pid->items[1]->s);
    const ValuePtr& key = pid->items[2];
    s->tensor.storageKey = key->kind == Value::Kind::Int ? std::to_string(key->i) : key->s;
    if (s->tensor.storageKey.empty() ||
        s->tensor.storageKey.find_first_of("/\\.") != std::string::npos)
        fail("bad storage key");
    s->tensor.storageNumel = pid->items[4]->i;
    push(s);
}

void Unpickler::op(uint8_t code) {
    using K = Value::Kind;
    switch (code) {
        case 0x80:
            take(1);
            break;  // PROTO
        case 0x95:
            take(8);
            break;  // FRAME
        case '(':
            marks_.push_back(stack_.size());
            break;
        case '}':
            push(make(K::Dict));
            break;
        case ']':
            push(make(K::List));
            break;
        case ')':
            push(make(K::Tuple));
            break;
        case 'N':
            push(make(K::None));
            break;
        case 0x88:
        case 0x89: {  // NEWTRUE, NEWFALSE
            auto b = make(K::Bool);
            b->i = code == 0x88;
            push(b);
            break;
        }
        case 'K':
            pushInt(int64_t(le(1)));
            break;
        case 'M':
            pushInt(int64_t(le(2)));
            break;
        case 'J':
            pushInt(int32_t(uint32_t(le(4))));
            break;
        case 0x8a: {  // LONG1: little-endian two's complement of n bytes
            const size_t n = size_t(le(1));
            if (n > 8) fail("integer too large");
            uint64_t v = n ? le(n) : 0;
            if (n && n < 8 && (v >> (8 * n - 1)) & 1) v |= ~uint64_t(0) << (8 * n);
            pushInt(int64_t(v));
            break;
        }
        case 'G':
            take(8);
            push(make(K::Float));
            break;  // the value is never needed
        case 'X':
        case 'T':
        case 'B':
            pushStr(size_t(le(4)));
            break;
        case 0x8c:
        case 'U':
        case 'C':
            pushStr(size_t(le(1)));
            break;
        case 0x8d:
        case 0x8e:
            pushStr(size_t(le(8)));
            break;
        case 'c': {
            auto g = make(K::Global);
            g->s = line();
            g->s += "." + line();
            push(g);
            break;
        }
        case 0x93: {  // STACK_GLOBAL
            const ValuePtr name = pop(), module = pop();
            auto g = make(K::Global);
            g->s = module->s + "." + name->s;
            push(g);
            break;
        }
        case 'q':
            memoize(le(1));
            break;
        case 'r':
            memoize(le(4));
            break;
        case 0x94:
            memoize(memo_.size());
            break;
        case 'h':
            push(recall(le(1)));
            break;
        case 'j':
            push(recall(le(4)));
            break;
        case 't':
            pushSequence(K::Tuple, popToMark());
            break;
        case 'l':
            pushSequence(K::List, popToMark());
            break;
        case 0x85:
        case 0x86:
        case 0x87: {
            std::vector<ValuePtr> items(size_t(code - 0x84));
            for (size_t k = items.size(); k-- > 0;)
                items[k] = pop();
            pushSequence(K::Tuple, std::move(items));
            break;
        }
        case 'd': {  // DICT (protocol 0/1): the items since the mark
            auto kv = popToMark();
            if (kv.size() % 2) fail("odd number of dict items");
            pushSequence(K::Dict, std::move(kv));
            break;
        }
        case 'a': {
            ValuePtr v = pop();
            container(K::List).items.push_back(std::move(v));
            break;
        }
        case 'e': {
            auto items = popToMark();
            for (auto& v : items)
                container(K::List).items.push_back(std::move(v));
            break;
        }
        case 's': {
            ValuePtr v = pop(), k = pop();
            setItems({std::move(k), std::move(v)});
            break;
        }
        case 'u':
            setItems(popToMark());
            break;
        case 'R':
            reduce();
            break;
        case 0x81: {  // NEWOBJ: cls.__new__(cls, *args)
            pop();
            const ValuePtr cls = pop();
            push(make(cls->s == "collections.OrderedDict" ? K::Dict : K::Object));
            break;
        }
        case 'b':
            pop();
            break;  // BUILD: the object's attributes (a state dict's _metadata)
        case 'Q':
            persistent();
            break;
        default: {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02x", code);
            fail(std::string("unsupported pickle opcode ") + hex);
        }
    }
}

ValuePtr Unpickler::run() {
    while (pos_ < d_.size()) {
        const uint8_t code = static_cast<uint8_t>(*take(1));
        if (code == '.') {
            if (stack_.size() != 1 || !marks_.empty()) fail("stack not empty at STOP");
            return stack_.back();
        }
        op(code);
    }
    fail("no STOP");
}

// Writes the opcodes of a protocol-2 pickle.
class Pickler {
  public:
    std::string out = std::string("\x80\x02", 2);
    void op(char c) { out += c; }
    void raw(uint64_t v, int bytes) {
        for (int k = 0; k < bytes; ++k)
            out += static_cast<char>((v >> (8 * k)) & 0xFF);
    }
    void str(const std::string& s) {
        op('X');
        raw(s.size(), 4);
        out += s;
    }
    void integer(int64_t v) {
        if (v >= 0 && v < 256) {
            op('K');
            raw(uint64_t(v), 1);
        } else if (v >= std::numeric_limits<int32_t>::min() &&
                   v <= std::numeric_limits<int32_t>::max()) {
            op('J');
            raw(uint64_t(uint32_t(int32_t(v))), 4);
        } else {
            op('\x8a');
            raw(8, 1);
            raw(uint64_t(v), 8);
        }
    }
    void global(const char* module, const char* name) {
        op('c');
        out += std::string(module) + "\n" + name + "\n";
    }
    void tuple(const std::vector<int64_t>& xs) {
        op('(');
        for (int64_t x : xs)
            integer(x);
        op('t');
    }
    // torch._utils._rebuild_tensor_v2(storage, offset, size, stride, False, OrderedDict())
    void tensor(const TensorRecord& t) {
        global("torch._utils", "_rebuild_tensor_v2");
        op('(');
        op('(');
        str("storage");
        const StorageType* type = nullptr;
        for (const StorageType& st : kStorages)
            if (t.dtype == st.dtype) type = &st;
        if (!type) throw Error("state dict: no storage type for dtype " + t.dtype);
        const std::string g = type->global;
        global("torch", g.substr(6).c_str());
        str(t.storageKey);
        str("cpu");
        integer(t.storageNumel);
        op('t');
        op('Q');  // BINPERSID
        integer(t.offset);
        tuple(t.sizes);
        tuple(t.strides);
        op('\x89');  // requires_grad False
        global("collections", "OrderedDict");
        op(')');
        op('R');
        op('t');
        op('R');
    }
};

}  // namespace

std::string writeStateDictPickle(const std::vector<TensorRecord>& tensors) {
    Pickler p;
    p.op('}');
    if (!tensors.empty()) {
        p.op('(');
        for (const TensorRecord& t : tensors) {
            p.str(t.name);
            p.tensor(t);
        }
        p.op('u');
    }
    p.op('.');
    return p.out;
}

int dtypeSize(const std::string& dtype) {
    for (const StorageType& st : kStorages)
        if (dtype == st.dtype) return st.bytes;
    return 0;
}

std::vector<TensorRecord> parseStateDictPickle(std::string_view pkl, const std::string& label) {
    ValuePtr root = Unpickler(pkl, label).run();
    for (int level = 0; level < 2 && root->kind == Value::Kind::Dict; ++level) {
        std::vector<TensorRecord> out;
        ValuePtr nested;
        for (size_t k = 0; k + 1 < root->items.size(); k += 2) {
            const Value& key = *root->items[k];
            const ValuePtr& value = root->items[k + 1];
            if (key.kind != Value::Kind::Str) continue;
            if (value->kind == Value::Kind::Tensor) {
                out.push_back(value->tensor);
                out.back().name = key.s;
            } else if ((key.s == "state_dict" || key.s == "model") &&
                       value->kind == Value::Kind::Dict) {
                nested = value;
            }
        }
        if (!out.empty()) return out;
        if (!nested) break;
        root = nested;  // a training checkpoint holding the state dict
    }
    throw Error(label + ": the pickle holds no dict of named tensors");
}

}  // namespace taxa
