using DevDb.Masking;
using DevDb.Common;

namespace DevDb.Configuration;

/// <summary>Connection settings for one server as written in devdb.yml; every field optional.</summary>
public sealed record ServerSection(string? Host = null, int? Port = null, string? Database = null, string? User = null, string? SslMode = null)
{
    public static readonly ServerSection Empty = new();
}

/// <summary>The parsed contents of devdb.yml.</summary>
public sealed record DevDbConfig
{
    public ServerSection Production { get; init; } = ServerSection.Empty;
    public ServerSection Development { get; init; } = ServerSection.Empty;

    /// <summary>Production schemas to copy; empty means every non-system schema.</summary>
    public IReadOnlyList<string> Schemas { get; init; } = [];

    public string? SchemaFile { get; init; }
    public string? DumpFile { get; init; }
    public int FetchSize { get; init; } = 10_000;
    public int Seed { get; init; } = 42;

    /// <summary>
    /// Connections that fetch from production at once while a staging database is built. 1 keeps the
    /// whole sample to one snapshot of production; more trade that for speed (see README).
    /// </summary>
    public int Parallel { get; init; } = 1;

    /// <summary>The most fetching connections <see cref="Parallel"/> allows, in the config and the benchmark alike.</summary>
    public const int MaxParallel = 16;
    public SamplingRule Default { get; init; } = SamplingRule.DefaultRule;
    public IReadOnlyDictionary<TableName, SamplingRule> Tables { get; init; } = new Dictionary<TableName, SamplingRule>();

    /// <summary>Relationships with something to say: children to include, references to cut, keys production lacks.</summary>
    public IReadOnlyList<Relation> Relations { get; init; } = [];

    /// <summary>The size budget: at most this many rows in any table after closure (null: no budget).</summary>
    public long? MaxRows { get; init; }

    /// <summary>Budgets for particular tables, overriding <see cref="MaxRows"/>.</summary>
    public IReadOnlyDictionary<TableName, long> MaxRowsPerTable { get; init; } = new Dictionary<TableName, long>();

    /// <summary>Masking rules per column.</summary>
    public IReadOnlyDictionary<ColumnName, MaskRule> Mask { get; init; } = new Dictionary<ColumnName, MaskRule>();

    /// <summary>Columns that look personal but are kept as they are, on purpose.</summary>
    public IReadOnlySet<ColumnName> Keep { get; init; } = new HashSet<ColumnName>();

    public long? BudgetFor(TableName table) => MaxRowsPerTable.TryGetValue(table, out var n) ? n : MaxRows;

    /// <summary>Where the file came from, for messages; null when no file was read.</summary>
    public string? SourcePath { get; init; }

    public static readonly DevDbConfig Empty = new();

    public SamplingRule RuleFor(TableName table, out string source)
    {
        if (Tables.TryGetValue(table, out var rule)) { source = "table rule"; return rule; }
        // an app refuses to start on an empty or partial migrations table: framework bookkeeping is copied whole
        if (Masking.FrameworkTables.Contains(table.Name)) { source = "framework table"; return SamplingRule.All; }
        source = "default";
        return Default;
    }
}
