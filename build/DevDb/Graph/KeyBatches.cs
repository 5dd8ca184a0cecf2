namespace DevDb.Graph;

/// <summary>
/// Splits a closure step's sorted key list into the ranges fetched from production one query each.
/// Each query should return about <see cref="TargetRows"/> rows: a key list much longer makes
/// production's planner read a large table whole (measured: 10,000 order ids of 1,500,000, their
/// lines in a 5,000,000-row table). Keys per row are not known in advance for children, so batches
/// are small until one has come back, and then sized by the rows per key of those that came back.
/// A parallel build has several batches in flight: <see cref="Fetched"/> may be called from other
/// threads, and counts the oldest batch not yet reported.
/// </summary>
public sealed class KeyBatches(long keys) : IEnumerable<(long From, long To)>
{
    public const long TargetRows = 5000;
    public const long FirstBatch = 1000;
    public const long MaxBatch = 20000;

    readonly object _lock = new();
    readonly Queue<long> _inFlight = new();
    long _keysDone;
    long _rowsDone;

    /// <summary>Rows the oldest unreported range brought, to size the next ones.</summary>
    public void Fetched(long rows)
    {
        lock (_lock)
        {
            _keysDone += _inFlight.Count > 0 ? _inFlight.Dequeue() : 0;
            _rowsDone += rows;
        }
    }

    public IEnumerator<(long From, long To)> GetEnumerator()
    {
        var position = 0L;
        while (position < keys)
        {
            long size;
            lock (_lock)
            {
                // rows per key so far, at least one in a hundred keys, so empty batches grow but not without end
                size = _keysDone == 0
                    ? FirstBatch
                    : Math.Clamp((long)(TargetRows / Math.Max((double)_rowsDone / _keysDone, 0.01)), 1, MaxBatch);
                size = Math.Min(size, keys - position);
                _inFlight.Enqueue(size);
            }
            yield return (position, position + size);
            position += size;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
