using DevDb.Graph;
using Xunit;

namespace DevDb.Tests.Unit;

public class KeyBatchesTests
{
    static List<(long From, long To)> Run(long keys, Func<long, long> rowsForKeys)
    {
        var batches = new KeyBatches(keys);
        var ranges = new List<(long, long)>();
        foreach (var (from, to) in batches)
        {
            ranges.Add((from, to));
            batches.Fetched(rowsForKeys(to - from));
        }
        return ranges;
    }

    [Fact]
    public void Ranges_cover_every_key_once_in_order()
    {
        var ranges = Run(123_456, n => n);
        Assert.Equal(0, ranges[0].From);
        Assert.Equal(123_456, ranges[^1].To);
        Assert.All(ranges.Zip(ranges.Skip(1)), p => Assert.Equal(p.First.To, p.Second.From));
    }

    [Fact]
    public void Parents_one_row_per_key_come_in_batches_of_the_target_after_a_small_first()
    {
        var ranges = Run(41_057, n => n);
        Assert.Equal((0, KeyBatches.FirstBatch), ranges[0]);
        Assert.All(ranges.Skip(1).SkipLast(1), r => Assert.Equal(KeyBatches.TargetRows, r.To - r.From));
    }

    [Fact]
    public void Children_with_many_rows_per_key_get_fewer_keys_per_batch()
    {
        var ranges = Run(42_000, n => n * 25);
        Assert.All(ranges.Skip(1).SkipLast(1), r => Assert.Equal(KeyBatches.TargetRows / 25, r.To - r.From));
    }

    [Fact]
    public void Keys_without_rows_grow_the_batches_up_to_a_limit()
    {
        var ranges = Run(1_000_000, _ => 0);
        Assert.Equal(KeyBatches.MaxBatch, ranges[1].To - ranges[1].From);
    }

    [Fact]
    public void With_batches_in_flight_sizes_come_only_from_batches_that_came_back()
    {
        // a parallel build takes the next range before earlier ones are back
        var batches = new KeyBatches(100_000);
        using var next = batches.GetEnumerator();
        Assert.True(next.MoveNext());
        Assert.Equal((0, KeyBatches.FirstBatch), next.Current);
        Assert.True(next.MoveNext());
        Assert.Equal(KeyBatches.FirstBatch, next.Current.To - next.Current.From);   // nothing back yet: small again
        batches.Fetched(25 * KeyBatches.FirstBatch);                                // the first: 25 rows per key
        Assert.True(next.MoveNext());
        Assert.Equal(KeyBatches.TargetRows / 25, next.Current.To - next.Current.From);
        batches.Fetched(25 * KeyBatches.FirstBatch);
        batches.Fetched(25 * KeyBatches.TargetRows / 25);
        Assert.True(next.MoveNext());
        Assert.Equal(KeyBatches.TargetRows / 25, next.Current.To - next.Current.From);
    }

    [Fact]
    public void No_keys_no_batches() => Assert.Empty(Run(0, n => n));
}
