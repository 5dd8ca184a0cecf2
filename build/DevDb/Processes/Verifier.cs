using DevDb.Masking;
using System.Globalization;
using DevDb.Common;
using DevDb.Connections;
using DevDb.Graph;
using Spectre.Console;

namespace DevDb.Processes;

public sealed record VerifyCheck(string Name, bool Passed, string Summary, IReadOnlyList<string> Problems);

public sealed record VerifyReport(IReadOnlyList<VerifyCheck> Checks)
{
    public bool Passed => Checks.All(c => c.Passed);

    public string FailureSummary => string.Join("; ", Checks.Where(c => !c.Passed).Select(c => $"{c.Name}: {c.Problems.FirstOrDefault()}{(c.Problems.Count > 1 ? $" and {c.Problems.Count - 1} more" : "")}"));

    public void Print(Reporter report)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Verification");
        table.AddColumn("Check").AddColumn("Result").AddColumn("Details");
        foreach (var check in Checks)
        {
            table.AddRow(Markup.Escape(check.Name), check.Passed ? "[green]ok[/]" : "[red]FAILED[/]", Markup.Escape(check.Summary));
            foreach (var problem in check.Problems.Take(20)) table.AddRow("", "", "[red]" + Markup.Escape(problem) + "[/]");
            if (check.Problems.Count > 20) table.AddRow("", "", $"[red]... {check.Problems.Count - 20} more[/]");
        }
        report.Write(table);
        if (Passed) report.Info("Every foreign key holds, every production table is here with its columns, and every sequence is ahead of its ids.");
    }
}

/// <summary>
/// Proves a developer database sound: no orphan for any foreign key, declared or virtual; every
/// production table present with the same columns; every sequence ahead of the ids it serves.
/// </summary>
public static class Verifier
{
    public static VerifyReport Run(DevDbSettings settings, Database dev, SamplingModel model)
    {
        var checks = new List<VerifyCheck> { ForeignKeys(settings, dev, model), Columns(settings, dev, ModelLoader.MirroredSchemas(settings, dev)), Sequences(settings, dev, model.Schemas) };
        if (model.Masks.Rules.Count > 0) checks.Add(MaskedValues(settings, dev, model));
        return new VerifyReport(checks);
    }

    /// <summary>
    /// For a sample of rows per table, matched by primary key with production: no masked column may
    /// still hold production's value.
    /// </summary>
    static VerifyCheck MaskedValues(DevDbSettings settings, Database dev, SamplingModel model)
    {
        var problems = new List<string>();
        var notComparable = new List<string>();
        foreach (var group in model.Masks.Rules.Keys.GroupBy(c => c.Table).OrderBy(g => g.Key))
        {
            var table = model.Tables[group.Key];
            // A masked primary key cannot be matched with production's; nor can a table without one.
            // json masks in place: a document with nothing personal in it stays as it was, so it is not compared
            var masked = group.Select(c => c.Column).Where(c => model.Masks.Rules[new(group.Key, c)] is not ({ Kind: MaskKind.Null } or { Kind: MaskKind.Json, Paths: null }))
                .Order(StringComparer.Ordinal).ToList();
            if (masked.Count == 0) continue;
            if (table.PrimaryKey.Count == 0 || table.PrimaryKey.Any(c => model.Masks.IsMasked(table.Name, c)))
            {
                notComparable.Add(table.Name.ToString());
                continue;
            }
            var counts = dev.Query(settings.Sql.Render("verify/masked_values.sql", SqlShapes.MaskedValues(table, masked)),
                r => Enumerable.Range(0, masked.Count).Select(i => r.GetInt64(i)).ToArray()).Single();
            for (var i = 0; i < masked.Count; i++)
                if (counts[i] > 0) problems.Add($"{new ColumnName(table.Name, masked[i])}: {counts[i]} sampled rows still hold production's value");
        }
        var columns = model.Masks.Rules.Keys.Order().Select(c => c + " (" + model.Masks.Rules[c] + ")").ToList();
        var summary = $"{columns.Count} masked: {string.Join(", ", columns)}" + (notComparable.Count > 0 ? $"; not comparable by primary key: {string.Join(", ", notComparable)}" : "");
        return new VerifyCheck("masked columns", problems.Count == 0, summary, problems);
    }

    /// <summary>VerifyDevDb: the report for the developer database as it stands; fails when a check fails.</summary>
    public static VerifyReport RunStandalone(DevDbSettings settings)
    {
        using var dev = settings.OpenDevelopment();
        var report = Run(settings, dev, ModelLoader.Load(settings, dev));
        report.Print(settings.Reporter);
        if (!report.Passed) throw new DevDbException($"verification failed: {report.FailureSummary}");
        return report;
    }

    static VerifyCheck ForeignKeys(DevDbSettings settings, Database dev, SamplingModel model)
    {
        var problems = new List<string>();
        foreach (var fk in model.Graph.ForeignKeys)
        {
            var orphans = dev.Scalar<long>(settings.Sql.Render("populate/count_orphans.sql", SqlShapes.Key(fk)));
            if (orphans > 0) problems.Add($"{orphans:N0} orphan rows: {(fk.Virtual ? "" : fk.Name + " ")}{fk}");
        }
        var virtualKeys = model.Graph.ForeignKeys.Count(k => k.Virtual);
        return new VerifyCheck("foreign keys", problems.Count == 0,
            $"{model.Graph.ForeignKeys.Count} checked{(virtualKeys > 0 ? $" ({virtualKeys} virtual)" : "")}, {problems.Count} with orphans", problems);
    }

    static VerifyCheck Columns(DevDbSettings settings, Database dev, string[] mirrored)
    {
        var query = settings.Sql.Load("verify/columns.sql");
        Dictionary<string, List<string>> Read(Database db) => db.Query(query, r => (table: r.GetString(0), column: $"{Sql.Quote(r.GetString(1))} {r.GetString(2)}"), (object)mirrored)
            .GroupBy(c => c.table).ToDictionary(g => g.Key, g => g.Select(c => c.column).ToList());

        Dictionary<string, List<string>> production;
        using (var prod = settings.OpenProduction()) production = Read(prod);
        var local = Read(dev);
        var problems = new List<string>();
        foreach (var (table, columns) in production.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!local.TryGetValue(table, out var localColumns)) { problems.Add($"table {table} is missing"); continue; }
            foreach (var c in columns.Except(localColumns)) problems.Add($"{table}: column {c} is missing or differs");
            foreach (var c in localColumns.Except(columns)) problems.Add($"{table}: column {c} is not in production");
        }
        foreach (var table in local.Keys.Except(production.Keys).Order(StringComparer.Ordinal)) problems.Add($"table {table} is not in production");
        return new VerifyCheck("tables and columns", problems.Count == 0,
            $"{production.Count} production tables, {production.Values.Sum(c => c.Count)} columns compared", problems);
    }

    static VerifyCheck Sequences(DevDbSettings settings, Database dev, string[] schemas)
    {
        var problems = new List<string>();
        var uses = SequenceUse.Load(settings, dev, schemas);
        foreach (var use in uses)
        {
            var max = use.MaxValue(settings, dev);
            if (max is null) continue;
            var next = dev.Scalar<long?>(settings.Sql.Load("verify/next_sequence_value.sql"), use.Sequence.Schema, use.Sequence.Name);
            if (next is not null && next <= max)
                problems.Add($"{use.Sequence} would next give {next.Value.ToString(CultureInfo.InvariantCulture)}, but {string.Join(", ", use.Columns.Select(c => $"{c.Table}.{c.Column}"))} already hold {max.Value.ToString(CultureInfo.InvariantCulture)}");
        }
        return new VerifyCheck("sequences", problems.Count == 0, $"{uses.Count} checked", problems);
    }
}
