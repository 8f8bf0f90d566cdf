package org.disabilitystandards.benchmarks.baseline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** One person record of the exchange format as an integrator would map it: a JavaBean with Bean Validation constraints. */
final class PersonBean {

    @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+")
    private String recordId;

    @NotNull @ResidentId
    private String idNumber;

    @NotNull @Size(min = 1, max = 64)
    private String name;

    @Pattern(regexp = "MALE|FEMALE")
    private String sex;

    @Past
    private LocalDate birthDate;

    @NotNull @Pattern(regexp = "\\d{6}")
    private String regionCode;

    @Pattern(regexp = "URBAN|RURAL")
    private String residence;

    @Size(min = 1, max = 64)
    private String householdId;

    @Valid
    private CertificateBean certificate;

    private List<@Valid AssessmentBean> assessments;

    @Valid
    private ServiceDisabilityBean military;

    @Valid
    private ServiceDisabilityBean police;

    @Valid
    private WorkInjuryBean workInjury;

    @Valid
    private CareLevelBean careLevel;

    private HouseholdBean household;

    private List<@Valid BenefitBean> benefits;

    private InsuranceBean insurance;

    private List<@NotNull @Pattern(regexp = ServiceBean.TYPES) String> needs;

    private List<@Valid ServiceBean> services;

    @Valid
    private EducationBean education;

    @Valid
    private EmploymentBean employment;

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getResidence() {
        return residence;
    }

    public void setResidence(String residence) {
        this.residence = residence;
    }

    public String getHouseholdId() {
        return householdId;
    }

    public void setHouseholdId(String householdId) {
        this.householdId = householdId;
    }

    public CertificateBean getCertificate() {
        return certificate;
    }

    public void setCertificate(CertificateBean certificate) {
        this.certificate = certificate;
    }

    public List<@Valid AssessmentBean> getAssessments() {
        return assessments;
    }

    public void setAssessments(List<@Valid AssessmentBean> assessments) {
        this.assessments = assessments;
    }

    public ServiceDisabilityBean getMilitary() {
        return military;
    }

    public void setMilitary(ServiceDisabilityBean military) {
        this.military = military;
    }

    public ServiceDisabilityBean getPolice() {
        return police;
    }

    public void setPolice(ServiceDisabilityBean police) {
        this.police = police;
    }

    public WorkInjuryBean getWorkInjury() {
        return workInjury;
    }

    public void setWorkInjury(WorkInjuryBean workInjury) {
        this.workInjury = workInjury;
    }

    public CareLevelBean getCareLevel() {
        return careLevel;
    }

    public void setCareLevel(CareLevelBean careLevel) {
        this.careLevel = careLevel;
    }

    public HouseholdBean getHousehold() {
        return household;
    }

    public void setHousehold(HouseholdBean household) {
        this.household = household;
    }

    public List<@Valid BenefitBean> getBenefits() {
        return benefits;
    }

    public void setBenefits(List<@Valid BenefitBean> benefits) {
        this.benefits = benefits;
    }

    public InsuranceBean getInsurance() {
        return insurance;
    }

    public void setInsurance(InsuranceBean insurance) {
        this.insurance = insurance;
    }

    public List<@NotNull @Pattern(regexp = ServiceBean.TYPES) String> getNeeds() {
        return needs;
    }

    public void setNeeds(List<@NotNull @Pattern(regexp = ServiceBean.TYPES) String> needs) {
        this.needs = needs;
    }

    public List<@Valid ServiceBean> getServices() {
        return services;
    }

    public void setServices(List<@Valid ServiceBean> services) {
        this.services = services;
    }

    public EducationBean getEducation() {
        return education;
    }

    public void setEducation(EducationBean education) {
        this.education = education;
    }

    public EmploymentBean getEmployment() {
        return employment;
    }

    public void setEmployment(EmploymentBean employment) {
        this.employment = employment;
    }
}
