using DevDb.Common;

namespace DevDb.Graph;

/// <summary>A range of production blocks, [Start, End), read with one TID range scan.</summary>
public readonly record struct BlockRange(long Start, long End)
{
    public long Blocks => End - Start;
}

/// <summary>
/// Which blocks a percent rule reads, and what fraction of their rows it keeps. Blocks are chosen by
/// a seeded generator, so the same seed and the same production give the same sample; like
/// TABLESAMPLE SYSTEM, whole blocks are taken, so production reads only those pages.
/// </summary>
public sealed record BlockSample(IReadOnlyList<BlockRange> Ranges, double RowFraction)
{
    /// <summary>Below this many sampled blocks, blocks are too coarse: read more and keep a fraction of rows.</summary>
    public const int MinimumBlocks = 16;

    /// <summary>At most this many separate range scans (round trips to production) per table.</summary>
    public const int MaximumRanges = 64;

    /// <summary>Past the end of any table: a range ending here reads to the end.</summary>
    public const long EndOfTable = uint.MaxValue;

    public static BlockSample Plan(long pages, double percent, int seed, TableName table)
    {
        if (percent is <= 0 or > 100) throw new ArgumentOutOfRangeException(nameof(percent));
        var fraction = percent / 100.0;
        if (fraction >= 1) return new BlockSample([new BlockRange(0, EndOfTable)], 1);

        pages = Math.Max(pages, 1);
        var wanted = (long)Math.Ceiling(pages * fraction);
        if (wanted < MinimumBlocks)
        {
            // Too few blocks to sample fairly: read a small fixed number of blocks (or the whole,
            // small, table) and keep rows by a seeded hash so the row count still matches the percent.
            var read = Math.Min(pages, MinimumBlocks);
            if (read == pages) return new BlockSample([new BlockRange(0, EndOfTable)], fraction);
            var ranges = Choose(pages, read, 1, seed, table);
            return new BlockSample(ranges, fraction * pages / read);
        }

        var chunk = (long)Math.Ceiling(wanted / (double)MaximumRanges);
        return new BlockSample(Choose(pages, wanted, chunk, seed, table), 1);
    }

    /// <summary>Chooses ceil(blocks/chunk) distinct chunks of <paramref name="chunk"/> blocks, merged where adjacent.</summary>
    static List<BlockRange> Choose(long pages, long blocks, long chunk, int seed, TableName table)
    {
        var slots = (pages + chunk - 1) / chunk;
        var take = Math.Min(slots, (blocks + chunk - 1) / chunk);
        var random = new SplitMix64(StableHash(seed, table));
        // Floyd's algorithm: a uniform choice of `take` distinct slots without listing them all.
        var chosen = new SortedSet<long>();
        for (var j = slots - take; j < slots; j++)
        {
            var t = (long)(random.Next() % (ulong)(j + 1));
            if (!chosen.Add(t)) chosen.Add(j);
        }
        var ranges = new List<BlockRange>();
        foreach (var slot in chosen)
        {
            var start = slot * chunk;
            var end = Math.Min(start + chunk, pages);
            if (ranges.Count > 0 && ranges[^1].End == start) ranges[^1] = ranges[^1] with { End = end };
            else ranges.Add(new BlockRange(start, end));
        }
        // The last chosen chunk reads to the table's end, so rows added since the statistics were taken count too.
        if (ranges.Count > 0 && ranges[^1].End == pages) ranges[^1] = ranges[^1] with { End = EndOfTable };
        return ranges;
    }

    /// <summary>A seed per table that does not change between runs or machines (string.GetHashCode does).</summary>
    public static ulong StableHash(int seed, TableName table)
    {
        var hash = 14695981039346656037UL ^ (ulong)(uint)seed;
        foreach (var c in table.Schema + "\0" + table.Name)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    sealed class SplitMix64(ulong state)
    {
        public ulong Next()
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
