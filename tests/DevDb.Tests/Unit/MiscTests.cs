using DevDb.Processes;
using DevDb.Testing;
using Xunit;

namespace DevDb.Tests.Unit;

public class MiscTests
{
    [Fact]
    public void Restrict_lines_are_removed_so_unchanged_schemas_compare_equal()
    {
        var a = "--\n\\restrict AbC123\n\nCREATE TABLE t ();\n\n\\unrestrict AbC123\n\n";
        var b = "--\n\\restrict ZzZ999\n\nCREATE TABLE t ();\n\n\\unrestrict ZzZ999\n\n";
        Assert.Equal(SchemaProcess.StripRestrictLines(a), SchemaProcess.StripRestrictLines(b));
        Assert.DoesNotContain("restrict", SchemaProcess.StripRestrictLines(a));
        Assert.Contains("CREATE TABLE t ();", SchemaProcess.StripRestrictLines(a));
    }

    [Fact]
    public void Test_counts_come_from_trx_files()
    {
        var dir = Directory.CreateTempSubdirectory();
        var trx = Path.Combine(dir.FullName, "a.trx");
        File.WriteAllText(trx, """
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <ResultSummary outcome="Failed">
                <Counters total="10" executed="9" passed="7" failed="2" error="0" timeout="0" aborted="0" inconclusive="0" notExecuted="1" />
              </ResultSummary>
            </TestRun>
            """);
        var counts = TestCounts.FromTrx([trx]);
        Assert.Equal("Tests: 7 passed, 2 failed, 1 skipped", counts.SummaryLine);
    }
}

public class ClientVersionTests
{
    [Fact]
    public void Pg_dump_older_than_production_is_refused_with_what_to_do()
    {
        DevDb.Processes.SchemaProcess.RequireClientAtLeast("/usr/bin/pg_dump", 15, 15);
        DevDb.Processes.SchemaProcess.RequireClientAtLeast("/usr/bin/pg_dump", 16, 15);
        var e = Assert.Throws<DevDb.Common.DevDbException>(() => DevDb.Processes.SchemaProcess.RequireClientAtLeast("/usr/bin/pg_dump", 15, 17));
        Assert.Equal("pg_dump 15 (/usr/bin/pg_dump) is older than production's PostgreSQL 17 and cannot dump it; install PostgreSQL 17 client programs or point DEVDB_PG_BIN at them", e.Message);
    }
}
