/**
 * The annual review campaign (README "Annual review campaign"): its door {@link vn.ansinh.casework.campaign.Campaigns},
 * the flags to review and the pages. A named interface, so the demo data opens the year's campaign through the door.
 */
@org.springframework.modulith.NamedInterface("campaign")
package vn.ansinh.casework.campaign;
