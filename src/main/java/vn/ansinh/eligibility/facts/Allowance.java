package vn.ansinh.eligibility.facts;

/** A monthly social-allowance category a member qualifies for; the highest coefficient is chosen after firing. */
public final class Allowance extends Explained {

    private final MemberFact member;
    private final String category;
    private final double coefficient;
    private final int children;

    public Allowance(MemberFact member, String category, double coefficient) {
        this(member, category, coefficient, 0);
    }

    /** Single-parent allowance: {@code coefficientPerChild} for each of {@code children}. */
    public Allowance(MemberFact member, String category, double coefficientPerChild, int children) {
        super(member.getParams());
        this.member = member;
        this.category = category;
        this.coefficient = children > 0 ? coefficientPerChild * children : coefficientPerChild;
        this.children = children;
        member.allowances.add(this);
    }

    public MemberFact getMember() { return member; }
    public String getCategory() { return category; }
    public double getCoefficient() { return coefficient; }
    public int getChildren() { return children; }

    /** Per-child allowances (single parent) are a separate benefit, paid besides the personal one. */
    public boolean isPerChild() {
        return children > 0;
    }
}
