/** Field transforms: named value functions that CRM admins use in field mappings. */
package dev.switchboard.sdk.transform;
