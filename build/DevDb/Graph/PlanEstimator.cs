using DevDb.Common;
using DevDb.Configuration;

namespace DevDb.Graph;

/// <summary>Production's statistics for one foreign key's referencing columns.</summary>
public sealed record KeyStatistics(double DistinctValues, double NullFraction);

/// <summary>
/// Estimates, without reading any row, how many rows each table holds after sampling and closure.
/// Each table is modelled by the share of its rows present: the seed share, joined by the parents
/// that referencing tables need and the children that relations bring, iterated until stable.
/// A sample of share q of a child table whose key has d distinct values over n rows references
/// d·(1 − (1 − q)^(n/d)) distinct parents.
/// </summary>
public static class PlanEstimator
{
    public sealed record Estimate(TableName Table, double ProductionRows, double Seeded, double AfterClosure);

    public static IReadOnlyList<Estimate> Run(SamplingModel model, IReadOnlyDictionary<TableName, double> productionRows,
        IReadOnlyDictionary<TableName, double> seeded, IReadOnlyDictionary<ForeignKey, KeyStatistics> keyStatistics)
    {
        var tables = model.Graph.Tables;
        double N(TableName t) => Math.Max(productionRows.GetValueOrDefault(t), 0);
        var seedShare = tables.ToDictionary(t => t, t => N(t) <= 0 ? 0 : Math.Clamp(seeded.GetValueOrDefault(t) / N(t), 0, 1));
        var share = new Dictionary<TableName, double>(seedShare);
        var brought = model.ChildrenOf.Keys.ToDictionary(fk => fk, _ => 0.0);

        for (var iteration = 0; iteration < 100; iteration++)
        {
            var missing = tables.ToDictionary(t => t, t => 1 - seedShare[t]);
            foreach (var fk in model.ParentKeys)
            {
                // Children fetched along this very key reference parents already sampled: leave them out.
                var childShare = share[fk.Child];
                if (brought.TryGetValue(fk, out var viaThisKey) && viaThisKey < 1)
                    childShare = 1 - (1 - childShare) / (1 - viaThisKey);
                var needed = ReferencedShare(fk, Math.Clamp(childShare, 0, 1), N(fk.Child), N(fk.Parent), keyStatistics.GetValueOrDefault(fk));
                missing[fk.Parent] *= 1 - needed;
            }
            foreach (var (fk, cap) in model.ChildrenOf)
            {
                var stats = keyStatistics.GetValueOrDefault(fk);
                var children = N(fk.Child) * (1 - (stats?.NullFraction ?? 0));
                var perParent = N(fk.Parent) <= 0 ? 0 : children / N(fk.Parent);
                if (cap is { } c) perParent = Math.Min(perParent, c);
                brought[fk] = N(fk.Child) <= 0 ? 0 : Math.Clamp(share[fk.Parent] * N(fk.Parent) * perParent / N(fk.Child), 0, 1);
                missing[fk.Child] *= 1 - brought[fk];
            }
            var change = 0.0;
            foreach (var t in tables)
            {
                var next = Math.Max(share[t], 1 - missing[t]);
                change = Math.Max(change, (next - share[t]) * N(t));
                share[t] = next;
            }
            if (change < 0.5) break;
        }

        return tables.Select(t => new Estimate(t, N(t), seedShare[t] * N(t), share[t] * N(t))).ToList();
    }

    /// <summary>The share of the parent table that a sample of share <paramref name="childShare"/> of the child references.</summary>
    public static double ReferencedShare(ForeignKey fk, double childShare, double childRows, double parentRows, KeyStatistics? stats)
    {
        if (childShare <= 0 || parentRows <= 0) return 0;
        var nonNull = childRows * (1 - (stats?.NullFraction ?? 0));
        if (nonNull <= 0) return 0;
        // pg_stats gives n_distinct as a count, or as minus a share of the rows; missing: assume every parent used.
        var distinct = stats is null ? Math.Min(parentRows, nonNull)
            : stats.DistinctValues >= 0 ? stats.DistinctValues : -stats.DistinctValues * childRows;
        distinct = Math.Clamp(distinct, 1, Math.Min(parentRows, nonNull));
        var perValue = nonNull / distinct;
        var referenced = distinct * (1 - Math.Pow(1 - childShare, perValue));
        return Math.Clamp(referenced / parentRows, 0, 1);
    }

    /// <summary>The rows a rule seeds, from production's size and, for a WHERE, production's estimate of the matches.</summary>
    public static double Seeded(SamplingRule rule, double productionRows, double? whereRows)
    {
        var candidates = rule.Where is null ? productionRows : Math.Min(whereRows ?? productionRows, productionRows);
        return rule.Kind switch
        {
            RuleKind.All => productionRows,
            RuleKind.None => 0,
            RuleKind.Percent => candidates * rule.Percent!.Value / 100,
            _ => rule.Limit is { } limit ? Math.Min(limit, candidates) : candidates,
        };
    }
}
