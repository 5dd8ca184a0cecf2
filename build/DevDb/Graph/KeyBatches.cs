namespace DevDb.Graph;

/// <summary>
/// Splits a closure step's sorted key list into the ranges fetched from production one query each.
/// Each query should return about <see cref="TargetRows"/> rows: a key list much longer makes
/// production's planner read a large table whole (measured: 10,000 order ids of 1,500,000, their
/// lines in a 5,000,000-row table). Keys per row are not known in advance for children, so the
/// first batch is small and the next ones are sized by the rows per key seen so far.
/// </summary>
public sealed class KeyBatches(long keys) : IEnumerable<(long From, long To)>
{
    public const long TargetRows = 5000;
    public const long FirstBatch = 1000;
    public const long MaxBatch = 20000;

    long _keysDone;
    long _rowsDone;
    long _next = Math.Min(FirstBatch, keys);

    /// <summary>Rows the last range brought, to size the next one.</summary>
    public void Fetched(long rows) => _rowsDone += rows;

    public IEnumerator<(long From, long To)> GetEnumerator()
    {
        var position = 0L;
        while (position < keys)
        {
            var size = Math.Min(_next, keys - position);
            yield return (position, position + size);
            position += size;
            _keysDone += size;
            // rows per key so far, at least one in a hundred keys, so empty batches grow but not without end
            var rowsPerKey = Math.Max((double)_rowsDone / _keysDone, 0.01);
            _next = Math.Clamp((long)(TargetRows / rowsPerKey), 1, MaxBatch);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
