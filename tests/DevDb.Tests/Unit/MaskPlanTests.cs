using DevDb.Masking;
using DevDb.Common;
using DevDb.Configuration;
using DevDb.Graph;
using DevDb.Processes;
using Xunit;

namespace DevDb.Tests.Unit;

public class MaskPlanTests
{
    static TableName T(string name) => new("public", name);

    static readonly LocalTable Customer = new(T("customer"), ["id", "email", "first_name", "note"], ["id"], ["id", "email", "first_name"],
        ["id", "email", "first_name", "note", "total"], ["integer", "character varying(40)", "text", "text", "numeric"], ["id", "email"]);
    static readonly LocalTable Account = new(T("account"), ["id", "owner_email"], ["id"], ["id", "owner_email"], ["id", "owner_email"],
        ["integer", "character varying(40)"], ["id"]);
    static readonly ForeignKey OwnerFk = new("account_owner_email_fkey", T("account"), ["owner_email"], T("customer"), ["email"]);

    static MaskPlan Plan(string yaml) =>
        new(new Dictionary<TableName, LocalTable> { [Customer.Name] = Customer, [Account.Name] = Account },
            new ForeignKeyGraph([Customer.Name, Account.Name], [OwnerFk]), ConfigLoader.Parse(yaml));

    [Fact]
    public void A_referencing_column_takes_the_mask_of_the_key_it_references()
    {
        var plan = Plan("mask:\n  public.customer.email: email\n");
        Assert.Equal(new MaskRule(MaskKind.Email), plan.Rules[ColumnName.Parse("public.account.owner_email")]);
        Assert.Equal(ColumnName.Parse("public.customer.email"), plan.Inherited[ColumnName.Parse("public.account.owner_email")]);
        Assert.True(plan.NeedsKey);
    }

    [Theory]
    [InlineData("mask:\n  public.nope.email: email\n", "public.nope is not a table")]
    [InlineData("mask:\n  public.customer.nope: email\n", "has no column \"nope\"")]
    [InlineData("mask:\n  public.customer.total: hash\n", "generated column")]
    [InlineData("mask:\n  public.customer.first_name: null\n", "NOT NULL and cannot be masked with null")]
    [InlineData("mask:\n  public.customer.email: email\n  public.account.owner_email: hash\n", "must be masked the same way (email), not hash")]
    public void Rules_are_checked_against_the_tables(string yaml, string expected) =>
        Assert.Contains(expected, Assert.Throws<DevDbException>(() => Plan(yaml)).Message);

    [Fact]
    public void Expressions_keep_the_column_s_type_length_uniqueness_and_nulls()
    {
        var plan = Plan("mask:\n  public.customer.email: email\n  public.customer.note: { value: \"x\" }\n");
        Assert.Equal("source.\"id\"", plan.Expression(Customer, "id", "source"));
        var email = plan.Expression(Customer, "email", "source");
        Assert.StartsWith("(left(", email);
        Assert.EndsWith(", 40))::character varying(40)", email);
        Assert.Contains("encode(substr(devdb_mask.d1, 17, 8), 'hex')", email);   // the unique part
        Assert.Equal("(CASE WHEN source.\"note\" IS NULL THEN NULL ELSE current_setting('devdb.mask_value_0') END)::text", plan.Expression(Customer, "note", "source"));
        Assert.Equal(["x"], plan.Constants);
        // the referencing column is masked exactly as the unique key it references, so the values match
        Assert.Equal(email, plan.Expression(Account, "owner_email", "source"));
        Assert.Equal(plan.Joins(Customer, "source"), plan.Joins(Account, "source").Replace("owner_email", "email"));
    }

    [Fact]
    public void Pool_masked_columns_hash_once_per_row_and_pick_from_pool_arrays()
    {
        var plan = Plan("mask:\n  public.customer.email: email\n  public.customer.first_name: first_name\n");
        var joins = plan.Joins(Customer, "source").Split('\n');
        // digests first, then the pool positions they pick, each computed once per row
        Assert.Equal("CROSS JOIN LATERAL (SELECT digests.*, "
            + "devdb.mask_slice(digests.d1, 1) % " + MaskPools.Pools["email_name"].Length + " AS devdb_mask_1, "
            + "devdb.mask_slice(digests.d2, 0) % " + MaskPools.Pools["first_name"].Length + " AS devdb_mask_2 "
            + "FROM (SELECT devdb.mask_digest('email', source.\"email\"::text) AS d1, devdb.mask_digest('first_name', source.\"first_name\"::text) AS d2 OFFSET 0) AS digests OFFSET 0) AS devdb_mask", joins[0]);
        // each pool the table uses, as one array per statement
        Assert.Equal("CROSS JOIN (SELECT (SELECT pool[:] FROM pg_temp.devdb_mask_pool WHERE kind = 'email_name') AS email_name, "
            + "(SELECT pool[:] FROM pg_temp.devdb_mask_pool WHERE kind = 'first_name') AS first_name OFFSET 0) AS devdb_pool", joins[1]);
        Assert.Equal(2, joins.Length);
        // a chosen name equal to the input is replaced by the next one in the pool, wrapping at its end
        var size = MaskPools.Pools["first_name"].Length;
        Assert.Equal("(CASE WHEN devdb_pool.first_name[1 + devdb_mask.devdb_mask_2]::text = source.\"first_name\"::text "
            + $"THEN devdb_pool.first_name[1 + (devdb_mask.devdb_mask_2 + 1) % {size}]::text ELSE devdb_pool.first_name[1 + devdb_mask.devdb_mask_2]::text END)::text",
            plan.Expression(Customer, "first_name", "source"));
        // a table without pool masks needs no joins
        Assert.Equal("", Plan("mask:\n  public.customer.note: hash\n").Joins(Customer, "source"));
    }

    [Fact]
    public void Every_pool_value_fits_a_name()
    {
        foreach (var (kind, values) in MaskPools.Pools)
        {
            Assert.NotEmpty(values);
            Assert.All(values, v => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(v), 1, MaskPlan.MaxPoolValueBytes));
            Assert.Equal(values.Length, values.Distinct().Count());
        }
    }

    [Fact]
    public void The_derived_key_depends_on_the_key_and_is_not_the_key()
    {
        Assert.Equal(MaskSession.DerivedKey("a"), MaskSession.DerivedKey("a"));
        Assert.NotEqual(MaskSession.DerivedKey("a"), MaskSession.DerivedKey("b"));
        Assert.DoesNotContain("secret", MaskSession.DerivedKey("secret"));
        Assert.Equal(64, MaskSession.DerivedKey("a").Length);
    }
}

public class PersonalDataTests
{
    [Fact]
    public void The_suggested_block_is_valid_config()
    {
        var block = PersonalData.SuggestedBlock([
            new PersonalColumn(ColumnName.Parse("public.customer.email"), PersonalKind.Email, "its name says an email address", "email", Confidence.Medium),
            new PersonalColumn(new ColumnName(new TableName("public", "Odd Table"), "Birth Date"), PersonalKind.BirthDate, "its name says a birth date", "{ date_shift: 180 }", Confidence.Medium),
        ]);
        var config = ConfigLoader.Parse(block);
        Assert.Equal(new MaskRule(MaskKind.Email), config.Mask[ColumnName.Parse("public.customer.email")]);
        Assert.Equal(new MaskRule(MaskKind.DateShift, Days: 180), config.Mask[new ColumnName(new TableName("public", "Odd Table"), "Birth Date")]);
    }
}
