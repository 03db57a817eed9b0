namespace MedDoc.Llm.Claude;

/// <summary>
/// A bounded, least-recently-used in-memory cache of Claude answers keyed by
/// (model, prompt version, hash of the rendered prompt). Thread-safe; capacity 0 caches nothing.
/// </summary>
internal sealed class AnswerCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, ClaudeToolAnswer Answer)>> _index = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, ClaudeToolAnswer Answer)> _order = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _index.Count;
            }
        }
    }

    public bool TryGet(string key, out ClaudeToolAnswer answer)
    {
        lock (_lock)
        {
            if (_index.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                answer = node.Value.Answer;
                return true;
            }
        }
        answer = null!;
        return false;
    }

    public void Set(string key, ClaudeToolAnswer answer)
    {
        if (capacity <= 0)
        {
            return;
        }
        lock (_lock)
        {
            if (_index.Remove(key, out var existing))
            {
                _order.Remove(existing);
            }
            _index[key] = _order.AddFirst((key, answer));
            while (_index.Count > capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _index.Remove(last.Value.Key);
            }
        }
    }
}
