using System.Diagnostics;
using System.Globalization;
using DevDb.Common;
using DevDb.Configuration;
using DevDb.Connections;
using DevDb.Graph;
using NpgsqlTypes;
using Spectre.Console;

namespace DevDb.Processes;

/// <summary>A local table as populate sees it: the columns it writes (generated ones excluded) and its primary key.</summary>
public sealed record LocalTable(TableName Name, IReadOnlyList<string> Columns, IReadOnlyList<string> PrimaryKey)
{
    public TableName Foreign => new(Naming.ForeignSchema(Name.Schema), Name.Name);
}

/// <summary>What populate did to one table.</summary>
public sealed record TableLoad(TableName Table, SamplingRule Rule, string RuleSource, long Seeded, long AddedByClosure, TimeSpan Time)
{
    public long Rows => Seeded + AddedByClosure;
}

public sealed record PopulateResult(IReadOnlyList<TableLoad> Tables, int ClosureRounds, int ForeignKeysChecked, TimeSpan Elapsed)
{
    public long TotalRows => Tables.Sum(t => t.Rows);
}

/// <summary>
/// Process 3: empties the local tables and fills them, in one transaction, with the rows the rules
/// choose plus every parent those rows reference, fetched from production by key until nothing is
/// missing. One transaction means one snapshot of production and, on any failure, the previous
/// contents left as they were.
/// </summary>
public static class PopulateProcess
{
    public static PopulateResult Run(DevDbSettings settings, ProductionFacts production)
    {
        var sql = settings.Sql;
        var report = settings.Reporter;
        var clock = Stopwatch.StartNew();
        using var dev = settings.OpenDevelopment();
        SchemaProcess.RequireSetUp(settings, dev);

        var mirrored = dev.Query(sql.Load("shared/mirrored_schemas.sql"), r => r.GetString(0)).ToArray();
        if (mirrored.Length == 0)
            throw new DevDbException("the developer database has no schema yet; run ./build.sh --target=UpdateDevDbSchema", ExitCodes.BadInput);
        var tables = dev.Query(sql.Load("populate/tables.sql"),
            r => new LocalTable(new TableName(r.GetString(0), r.GetString(1)), r.GetFieldValue<string[]>(2), r.GetFieldValue<string[]>(3)),
            (object)mirrored).ToDictionary(t => t.Name);
        CheckRulesMatchLocalTables(settings, production, tables);

        var graph = new ForeignKeyGraph(tables.Keys, dev.Query(sql.Load("populate/foreign_keys.sql"),
            r => new ForeignKey(r.GetString(0), new TableName(r.GetString(1), r.GetString(2)), r.GetFieldValue<string[]>(3),
                new TableName(r.GetString(4), r.GetString(5)), r.GetFieldValue<string[]>(6)),
            (object)mirrored));

        var rules = graph.Tables.ToDictionary(t => t, t => (rule: settings.Config.RuleFor(t, out var source), source));
        var pages = rules.Values.Any(r => r.rule.Kind == RuleKind.Percent) ? ProductionPages(settings, mirrored) : [];

        var seeded = new Dictionary<TableName, long>();
        var added = graph.Tables.ToDictionary(t => t, _ => 0L);
        var times = graph.Tables.ToDictionary(t => t, _ => TimeSpan.Zero);
        int rounds;

        using (var transaction = dev.Begin())
        {
            dev.Execute(sql.Load("populate/begin_load.sql"));
            dev.Execute(sql.Render("populate/truncate.sql", new() { ["tables"] = new SqlFragment(string.Join(", ", graph.Tables.Select(t => t.Quoted))) }));

            report.Step($"Sampling {graph.Tables.Count} tables from production (seed {settings.Config.Seed})");
            foreach (var table in graph.Tables)
            {
                var (rule, source) = rules[table];
                var watch = Stopwatch.StartNew();
                var rows = Seed(settings, dev, tables[table], rule, pages.GetValueOrDefault(table));
                times[table] += watch.Elapsed;
                seeded[table] = rows;
                report.Info($"  {table,-40} {rule + (source == "default" ? " (default)" : ""),-28} {rows,10:N0} rows {watch.Elapsed.TotalSeconds,7:0.00} s");
            }

            rounds = CloseOverForeignKeys(settings, dev, graph, tables, added, times);
            CheckNoOrphans(settings, dev, graph);
            ResetSequences(settings, dev, mirrored);
            transaction.Commit();
        }

        dev.Execute(sql.Render("populate/analyze.sql", new() { ["tables"] = new SqlFragment(string.Join(", ", graph.Tables.Select(t => t.Quoted))) }));

        var result = new PopulateResult(
            graph.Tables.Select(t => new TableLoad(t, rules[t].rule, rules[t].source, seeded[t], added[t], times[t])).ToList(),
            rounds, graph.ForeignKeys.Count, clock.Elapsed);
        PrintSummary(report, result);
        return result;
    }

    static void CheckRulesMatchLocalTables(DevDbSettings settings, ProductionFacts production, Dictionary<TableName, LocalTable> tables)
    {
        foreach (var table in settings.Config.Tables.Keys.Order())
            if (!tables.ContainsKey(table))
                throw new DevDbException($"table {table} has a rule but is not in the developer database; run ./build.sh --target=UpdateDevDbSchema to bring in production's schema", ExitCodes.BadInput);
        var productionTables = production.Tables.ToHashSet();
        var gone = tables.Keys.Where(t => !productionTables.Contains(t)).Order().ToList();
        if (gone.Count > 0)
            throw new DevDbException($"production no longer has table {string.Join(", ", gone)}; run ./build.sh --target=UpdateDevDbSchema to follow its schema", ExitCodes.BadInput);
        var notLocal = production.Tables.Where(t => !tables.ContainsKey(t)).ToList();
        if (notLocal.Count > 0)
            settings.Reporter.Warn($"production has tables the developer database lacks ({string.Join(", ", notLocal.Take(5))}{(notLocal.Count > 5 ? ", ..." : "")}); run UpdateDevDbSchema to add them");
    }

    static Dictionary<TableName, long> ProductionPages(DevDbSettings settings, string[] schemas)
    {
        using var production = settings.OpenProduction();
        return production.Query(settings.Sql.Load("populate/production_pages.sql"),
            r => (table: new TableName(r.GetString(0), r.GetString(1)), pages: r.GetInt64(2)), (object)schemas)
            .ToDictionary(p => p.table, p => p.pages);
    }

    static long Seed(DevDbSettings settings, Database dev, LocalTable table, SamplingRule rule, long pages)
    {
        var fragments = TableFragments(table);
        fragments["where"] = Preflight.UserCondition(rule.Where);
        switch (rule.Kind)
        {
            case RuleKind.None:
                return 0;
            case RuleKind.Percent:
            {
                var statement = settings.Sql.Render("populate/seed_blocks.sql", fragments);
                var sample = BlockSample.Plan(pages, rule.Percent!.Value, settings.Config.Seed, table.Name);
                long rows = 0;
                foreach (var range in sample.Ranges)
                    rows += dev.Execute(statement, Tid(range.Start), Tid(range.End), sample.RowFraction, (long)settings.Config.Seed);
                return rows;
            }
            default:
            {
                fragments["order_by"] = rule.Limit is not null && table.PrimaryKey.Count > 0
                    ? new SqlFragment("ORDER BY " + string.Join(", ", table.PrimaryKey.Select(c => "source." + Sql.Quote(c))))
                    : new SqlFragment("");
                var statement = settings.Sql.Render("populate/seed_rows.sql", fragments);
                return dev.Execute(statement, new Npgsql.NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = (object?)rule.Limit ?? DBNull.Value });
            }
        }
    }

    static Npgsql.NpgsqlParameter Tid(long block) =>
        new() { NpgsqlDbType = NpgsqlDbType.Tid, Value = new NpgsqlTid((uint)Math.Min(block, uint.MaxValue), 0) };

    static Dictionary<string, SqlFragment> TableFragments(LocalTable table) => new()
    {
        ["table"] = table.Name,
        ["foreign_table"] = table.Foreign,
        ["columns"] = SqlFragment.Identifiers(table.Columns),
        ["source_columns"] = new SqlFragment(string.Join(", ", table.Columns.Select(c => "source." + Sql.Quote(c)))),
    };

    /// <summary>Fragments for the SQL that joins a foreign key's child and parent, built from quoted names only.</summary>
    public static Dictionary<string, SqlFragment> KeyFragments(ForeignKey fk)
    {
        var n = fk.ChildColumns.Count;
        var child = fk.ChildColumns.Select(c => "child." + Sql.Quote(c)).ToList();
        var parent = fk.ParentColumns.Select(c => "parent." + Sql.Quote(c)).ToList();
        var source = fk.ParentColumns.Select(c => "source." + Sql.Quote(c)).ToList();
        var keys = Enumerable.Range(1, n).Select(i => "k" + i.ToString(CultureInfo.InvariantCulture)).ToList();

        var inMissing = Enumerable.Range(0, n).Select(i => $"{source[i]} = ANY (ARRAY(SELECT DISTINCT missing.{keys[i]} FROM missing))").ToList();
        // Per-column lists reach production; the exact composite pairs are then kept locally.
        // (a hash semi-join: the foreign scan keeps its pushed-down key lists).
        if (n > 1) inMissing.Add($"EXISTS (SELECT 1 FROM missing WHERE {string.Join(" AND ", Enumerable.Range(0, n).Select(i => $"missing.{keys[i]} = {source[i]}"))})");

        return new()
        {
            ["child"] = fk.Child,
            ["parent"] = fk.Parent,
            ["child_key_as_k"] = new SqlFragment(string.Join(", ", Enumerable.Range(0, n).Select(i => $"{child[i]} AS {keys[i]}"))),
            ["child_key_not_null"] = new SqlFragment(string.Join(" AND ", child.Select(c => c + " IS NOT NULL"))),
            ["parent_matches_child"] = new SqlFragment(string.Join(" AND ", Enumerable.Range(0, n).Select(i => $"{parent[i]} = {child[i]}"))),
            ["source_key_in_missing"] = new SqlFragment(string.Join("\n  AND ", inMissing)),
        };
    }

    /// <summary>Fetches missing parents, children's keys first, round after round until a round adds nothing.</summary>
    static int CloseOverForeignKeys(DevDbSettings settings, Database dev, ForeignKeyGraph graph, Dictionary<TableName, LocalTable> tables,
        Dictionary<TableName, long> added, Dictionary<TableName, TimeSpan> times)
    {
        var order = graph.ClosureOrder();
        if (order.Count == 0) return 0;
        var statements = order.ToDictionary(fk => fk, fk =>
        {
            var fragments = KeyFragments(fk);
            foreach (var (k, v) in TableFragments(tables[fk.Parent])) fragments.TryAdd(k, v);
            fragments["foreign_parent"] = tables[fk.Parent].Foreign;
            return settings.Sql.Render("populate/fetch_missing_parents.sql", fragments);
        });

        settings.Reporter.Step($"Fetching referenced parents over {order.Count} foreign keys");
        var round = 0;
        while (true)
        {
            round++;
            long roundRows = 0;
            var perTable = new SortedDictionary<TableName, long>();
            foreach (var fk in order)
            {
                var watch = Stopwatch.StartNew();
                var rows = dev.Execute(statements[fk]);
                times[fk.Parent] += watch.Elapsed;
                if (rows == 0) continue;
                added[fk.Parent] += rows;
                perTable[fk.Parent] = perTable.GetValueOrDefault(fk.Parent) + rows;
                roundRows += rows;
            }
            if (roundRows == 0) break;
            settings.Reporter.Info($"  round {round}: {roundRows:N0} parent rows ({string.Join(", ", perTable.Select(p => $"{p.Key} +{p.Value:N0}"))})");
        }
        return round;
    }

    static void CheckNoOrphans(DevDbSettings settings, Database dev, ForeignKeyGraph graph)
    {
        foreach (var fk in graph.ForeignKeys)
        {
            var orphans = dev.Scalar<long>(settings.Sql.Render("populate/count_orphans.sql", KeyFragments(fk)));
            if (orphans > 0)
                throw new DevDbException($"foreign key {fk.Name} on {fk.Child} has {orphans} rows without a parent after closure; the developer database was left as it was");
        }
    }

    static void ResetSequences(DevDbSettings settings, Database dev, string[] schemas)
    {
        var uses = dev.Query(settings.Sql.Load("populate/sequences.sql"),
            r => (sequence: new TableName(r.GetString(0), r.GetString(1)), table: new TableName(r.GetString(2), r.GetString(3)), column: r.GetString(4)),
            (object)schemas);
        foreach (var group in uses.GroupBy(u => u.sequence))
        {
            long? max = null;
            foreach (var use in group)
            {
                var value = dev.Scalar<long?>(settings.Sql.Render("populate/max_value.sql", new()
                {
                    ["table"] = use.table,
                    ["column"] = SqlFragment.Identifier(use.column),
                }));
                if (value is not null && (max is null || value > max)) max = value;
            }
            if (max is not null) dev.Execute(settings.Sql.Load("populate/set_sequence.sql"), group.Key.Quoted, max.Value);
        }
    }

    static void PrintSummary(Reporter report, PopulateResult result)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Developer database");
        table.AddColumn("Table").AddColumn("Rule").AddColumn(new TableColumn("Sampled").RightAligned())
            .AddColumn(new TableColumn("Parents added").RightAligned()).AddColumn(new TableColumn("Rows").RightAligned())
            .AddColumn(new TableColumn("Time").RightAligned());
        foreach (var t in result.Tables)
            table.AddRow(Markup.Escape(t.Table.ToString()), Markup.Escape(t.Rule + (t.RuleSource == "default" ? " (default)" : "")),
                t.Seeded.ToString("N0", CultureInfo.InvariantCulture), t.AddedByClosure.ToString("N0", CultureInfo.InvariantCulture),
                t.Rows.ToString("N0", CultureInfo.InvariantCulture), t.Time.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture));
        table.AddEmptyRow();
        table.AddRow("[bold]Total[/]", "", result.Tables.Sum(t => t.Seeded).ToString("N0", CultureInfo.InvariantCulture),
            result.Tables.Sum(t => t.AddedByClosure).ToString("N0", CultureInfo.InvariantCulture),
            "[bold]" + result.TotalRows.ToString("N0", CultureInfo.InvariantCulture) + "[/]",
            result.Elapsed.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture));
        report.Write(table);
        report.Info($"Every foreign key holds: {result.ForeignKeysChecked} checked after {result.ClosureRounds} closure round{(result.ClosureRounds == 1 ? "" : "s")}.");
    }
}
